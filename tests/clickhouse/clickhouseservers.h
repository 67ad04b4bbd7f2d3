#pragma once

// The two ClickHouse servers clickhouse-fixture started for the CTest fixture "clickhouse":
// their HTTP ports and the name of the cluster that has them as its two shards.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

struct ClickHouseServers
{
    QList<int> httpPorts;
    QString cluster;
    int httpsPort = 0; // the first server's HTTPS port (0: none)
    QString caFile;    // its self-signed certificate (PEM), for HTTPERR_CLICKHOUSE_CA

    bool isValid() const { return httpPorts.size() == 2 && !cluster.isEmpty(); }

    static ClickHouseServers load()
    {
        ClickHouseServers s;
        QFile f(QStringLiteral(HTTPERR_CLICKHOUSE_STATE));
        if (!f.open(QIODevice::ReadOnly))
            return s;
        const QJsonObject state = QJsonDocument::fromJson(f.readAll()).object();
        s.cluster = state.value(QStringLiteral("cluster")).toString();
        for (const QJsonValue &v : state.value(QStringLiteral("servers")).toArray())
            s.httpPorts << v.toObject().value(QStringLiteral("http")).toInt();
        s.httpsPort = state.value(QStringLiteral("servers"))
                          .toArray()
                          .at(0)
                          .toObject()
                          .value(QStringLiteral("https"))
                          .toInt();
        s.caFile = state.value(QStringLiteral("ca")).toString();
        return s;
    }

    // clickhouse://127.0.0.1:PORT/DATABASE of shard `shard` (0 or 1), with ?cluster=… when
    // `acrossCluster`.
    QString url(int shard, const QString &database, bool acrossCluster = false,
                const QString &user = {}) const
    {
        QString out = QStringLiteral("clickhouse://")
                      + (user.isEmpty() ? QString() : user + QLatin1Char('@'))
                      + QStringLiteral("127.0.0.1:%1/%2").arg(httpPorts.value(shard)).arg(database);
        if (acrossCluster)
            out += QStringLiteral("?cluster=") + cluster;
        return out;
    }

    // A database name no other test run uses.
    static QString freshDatabase(const QString &prefix)
    {
        return prefix + QLatin1Char('_') + QUuid::createUuid().toString(QUuid::Id128).left(12);
    }
};

// Skips the test when the fixture did not run (the test was started by hand, without CTest).
#define REQUIRE_CLICKHOUSE(servers)                                                                \
    do {                                                                                           \
        if (!(servers).isValid())                                                                  \
            QSKIP("no ClickHouse servers: run this test through CTest (fixture clickhouse)");      \
    } while (false)
