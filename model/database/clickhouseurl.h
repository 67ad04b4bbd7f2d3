#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Where the logs live in ClickHouse: clickhouse://[USER@]HOST[:PORT]/DATABASE[?cluster=NAME]
// (HTTP, port 8123 by default) or clickhouses://… (HTTPS, port 8443 by default). The password
// is never part of it: it comes from HTTPERR_CLICKHOUSE_PASSWORD or a prompt, so it does not
// show in a process list, a shell history or the settings file.
struct ClickHouseUrl
{
    bool tls = false;
    QString user; // empty: ClickHouse's "default" user
    QString host;
    int port = 8123;
    QString database;
    QString cluster; // read across the shards of this cluster; empty: this server only

    static constexpr int HttpPort = 8123;
    static constexpr int HttpsPort = 8443;

    // True when `text` starts with one of the two schemes (whatever follows).
    static bool looksLikeUrl(const QString &text);
    // Parses `text`; on failure returns nothing and says why in `error` (translated).
    static std::optional<ClickHouseUrl> parse(const QString &text, QString *error = nullptr);

    // The HTTP(S) endpoint queries are posted to.
    QUrl endpoint() const;
    // The URL as the user would type it again (no password: there is none).
    QString toString() const;
    // "HOST:PORT/DATABASE", for messages.
    QString shortName() const;
    // "clickhouse://[USER@]HOST:PORT/DATABASE (cluster NAME)", for the window's title and
    // status bar (translated).
    QString displayName() const;
    // The database a window shows when `openedPaths` is one address, else nothing.
    static std::optional<ClickHouseUrl> opened(const QStringList &openedPaths);
    QString userOrDefault() const { return user.isEmpty() ? QStringLiteral("default") : user; }
    bool operator==(const ClickHouseUrl &o) const;
};
