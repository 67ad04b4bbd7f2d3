#include "filteroptions.h"

#include "rowfilter.h"
#include "timeutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("FilterOptions", text);
}

// "--reason A --reason B,C" -> A, B, C
QStringList splitList(const QStringList &values)
{
    QStringList out;
    for (const QString &value : values) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString trimmed = part.trimmed();
            if (!trimmed.isEmpty() && !out.contains(trimmed))
                out.append(trimmed);
        }
    }
    return out;
}
} // namespace

FilterOptions::FilterOptions()
    : m_reason(QStringLiteral("reason"),
               tr("Only rows with this reason (repeat, or separate with commas)."),
               QStringLiteral("R"))
    , m_excludeReason(QStringLiteral("exclude-reason"),
                      tr("Leave out rows with this reason (repeat, or separate with commas)."),
                      QStringLiteral("R"))
    , m_clientIp(QStringLiteral("client-ip"),
                 tr("Only these clients: addresses, blocks (10.1.0.0/16), wildcards (10.1.*), "
                    "comma-separated, ! to leave out."),
                 QStringLiteral("SPEC"))
    , m_url(QStringLiteral("url"),
            tr("Only these URLs (ignoring case): text anywhere, a */? pattern for the whole "
               "URL, re:REGEX; ! first to leave out."),
            QStringLiteral("PATTERN"))
    , m_server(QStringLiteral("server"),
               tr("Only rows of this server (its folder or archive name; repeat, or separate "
                  "with commas); ! first to leave a server out."),
               QStringLiteral("NAME"))
    , m_from(QStringLiteral("from"), tr("Only rows at or after this UTC time (ISO 8601)."),
             QStringLiteral("T"))
    , m_to(QStringLiteral("to"), tr("Only rows at or before this UTC time (ISO 8601)."),
           QStringLiteral("T"))
{}

void FilterOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_reason, m_excludeReason, m_server, m_clientIp, m_url, m_from, m_to});
}

bool FilterOptions::isSet(const QCommandLineParser &parser) const
{
    for (const QCommandLineOption *o :
         {&m_reason, &m_excludeReason, &m_server, &m_clientIp, &m_url, &m_from, &m_to}) {
        if (parser.isSet(*o))
            return true;
    }
    return false;
}

QString FilterOptions::optionFor(FilterField field) const
{
    switch (field) {
    case FilterField::Reason:
        return QStringLiteral("--reason");
    case FilterField::ClientIp:
        return QStringLiteral("--client-ip");
    case FilterField::Url:
        return QStringLiteral("--url");
    case FilterField::Time:
        return QStringLiteral("--from/--to");
    default:
        return {};
    }
}

std::optional<FilterState> FilterOptions::read(const QCommandLineParser &parser,
                                               QString *error) const
{
    FilterState state;
    state.reasons = splitList(parser.values(m_reason));
    state.excludedReasons = splitList(parser.values(m_excludeReason));
    for (const QString &server : splitList(parser.values(m_server))) {
        if (!server.startsWith(QLatin1Char('!')))
            state.servers.append(server);
        else if (const QString name = server.mid(1).trimmed(); !name.isEmpty())
            state.excludedServers.append(name);
    }
    state.clientIp = parser.value(m_clientIp).trimmed();
    state.url = parser.value(m_url).trimmed();
    for (const auto &[option, bound] :
         {std::pair{&m_from, &state.from}, std::pair{&m_to, &state.to}}) {
        if (!parser.isSet(*option))
            continue;
        const QString text = parser.value(*option);
        *bound = option == &m_to ? TimeUtil::parseIsoEnd(text) : TimeUtil::parseIso(text);
        if (!*bound) {
            if (error)
                *error = tr("--%1: “%2” is not a time; use ISO 8601 in UTC, for example "
                            "2026-03-10T14:05:00Z or \"2026-03-10 14:05:00\".")
                             .arg(option->names().constFirst(), text);
            return std::nullopt;
        }
    }
    const QList<FilterError> errors = RowFilter::validate(state);
    if (!errors.isEmpty()) {
        if (error)
            *error =
                optionFor(errors.first().field) + QStringLiteral(": ") + errors.first().message;
        return std::nullopt;
    }
    return state;
}
