#include "ledgerentry.h"

#include "rowbinary.h"

#include <algorithm>

namespace {
uint32_t clampTime(int64_t t)
{
    return uint32_t(std::clamp<int64_t>(t, 0, int64_t(UINT32_MAX)));
}

void writeList(RowBinaryWriter &w, const QStringList &list)
{
    w.varint(uint64_t(list.size()));
    for (const QString &s : list) {
        const QByteArray utf8 = s.toUtf8();
        w.string({utf8.constData(), size_t(utf8.size())});
    }
}
} // namespace

uint16_t LedgerEntry::layoutIndex(const LogBatch::Layout &layout)
{
    QStringList names;
    for (const std::string &name : layout.names)
        names << QString::fromStdString(name);
    const QString joined = names.join(QLatin1Char(' '));
    qsizetype at = layouts.indexOf(joined);
    if (at < 0) {
        layouts << joined;
        at = layouts.size() - 1;
    }
    return uint16_t(std::min<qsizetype>(at, NoLayout - 1));
}

void LedgerEntry::noteColumns(const LogBatch &batch)
{
    if (batch.rowCount() == 0)
        return;
    // The store tells known fields apart by field ("cs(referrer)" is "cs(referer)"), others
    // by name.
    for (const LogBatch::Column &c : batch.columns) {
        const QString name = QString::fromStdString(c.name);
        const bool known = std::any_of(columns.begin(), columns.end(), [&](const QString &n) {
            return c.field == LogField::Extra ? n == name
                                              : LogFields::fromId(n.toStdString()) == c.field;
        });
        if (!known)
            columns << name;
    }
}

void LedgerEntry::encode(QByteArray &out, int64_t ingestedAt) const
{
    RowBinaryWriter w(out);
    w.u64(fileKey);
    const QByteArray serverUtf8 = server.toUtf8();
    const QByteArray pathUtf8 = path.toUtf8();
    w.string({serverUtf8.constData(), size_t(serverUtf8.size())});
    w.string({pathUtf8.constData(), size_t(pathUtf8.size())});
    w.string({hash.constData(), size_t(hash.size())});
    w.u64(bytes);
    w.u64(rows);
    w.u64(malformed);
    w.u32(clampTime(first));
    w.u32(clampTime(last));
    writeList(w, columns);
    writeList(w, layouts);
    w.u32(clampTime(ingestedAt));
}
