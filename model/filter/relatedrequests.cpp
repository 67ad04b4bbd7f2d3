#include "relatedrequests.h"

#include "textdecode.h"

#include <QRegularExpression>

namespace {
QString fieldText(const LogStore &store, LogField field, size_t row)
{
    const int column = store.columnOf(field);
    if (column < 0)
        return {};
    const std::string_view text = store.text(size_t(column), row);
    return text.empty() ? QString() : TextDecode::toQString(text);
}
} // namespace

QString RelatedRequests::exactUrl(const QString &stem)
{
    return QStringLiteral("re:^") + QRegularExpression::escape(stem) + QLatin1Char('$');
}

std::optional<RequestFilterState> RelatedRequests::filterFor(const LogStore &store, size_t row,
                                                             int64_t reachSeconds)
{
    if (row >= store.rowCount())
        return std::nullopt;
    const QString clientIp = fieldText(store, LogField::ClientIp, row);
    QString uri = fieldText(store, LogField::Uri, row);
    uri.truncate(uri.indexOf(QLatin1Char('?')) < 0 ? uri.size() : uri.indexOf(QLatin1Char('?')));
    if (clientIp.isEmpty() || uri.isEmpty())
        return std::nullopt;
    RequestFilterState state;
    state.clientIp = clientIp;
    state.url = exactUrl(uri);
    state.from = store.time(row) - reachSeconds;
    state.to = store.time(row) + reachSeconds;
    if (store.fileSet().serverCount() >= 2)
        state.server = store.fileSet().serverName(store.serverOf(row));
    return state;
}
