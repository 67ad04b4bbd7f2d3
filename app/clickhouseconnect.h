#pragma once

#include "clickhouseurl.h"

#include <QString>

#include <memory>

class ClickHouseClient;

// The command line's way into ClickHouse: the password from HTTPERR_CLICKHOUSE_PASSWORD, or
// asked on the terminal (without echo) when a user is named or the server refuses the
// default; never from the arguments or the settings file. Checks the server answers.
namespace ClickHouseConnect {
// A client that reached the server, or null with the reason in `error`.
std::unique_ptr<ClickHouseClient> open(const ClickHouseUrl &url, QString *error);
// Reads a password from the terminal without echoing it; nothing when there is no terminal.
std::optional<QString> askPassword(const QString &prompt);
} // namespace ClickHouseConnect
