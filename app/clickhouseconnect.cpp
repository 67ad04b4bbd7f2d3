#include "clickhouseconnect.h"

#include "clickhouseclient.h"

#include <QCoreApplication>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace {
constexpr char PasswordVariable[] = "HTTPERR_CLICKHOUSE_PASSWORD";

QString prompt(const ClickHouseUrl &url)
{
    return QCoreApplication::translate("ClickHouseConnect", "Password for %1 at %2: ")
        .arg(url.userOrDefault(), url.shortName());
}
} // namespace

std::optional<QString> ClickHouseConnect::askPassword(const QString &text)
{
#ifdef Q_OS_UNIX
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return std::nullopt;
    const int fd = fileno(tty);
    termios saved{};
    const bool terminal = tcgetattr(fd, &saved) == 0;
    if (terminal) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &silent);
    }
    std::fputs(text.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    char line[1024];
    const bool read = std::fgets(line, sizeof line, tty) != nullptr;
    if (terminal)
        tcsetattr(fd, TCSAFLUSH, &saved);
    std::fputs("\n", tty);
    std::fclose(tty);
    if (!read)
        return std::nullopt;
    QString password = QString::fromLocal8Bit(line);
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    return password;
#else
    Q_UNUSED(text)
    return std::nullopt;
#endif
}

std::unique_ptr<ClickHouseClient> ClickHouseConnect::open(const ClickHouseUrl &url, QString *error)
{
    const bool fromEnvironment = qEnvironmentVariableIsSet(PasswordVariable);
    QString password = qEnvironmentVariable(PasswordVariable);
    bool asked = false;
    if (!fromEnvironment && !url.user.isEmpty()) {
        // A named user has a password, as a rule: ask before the first try.
        if (const std::optional<QString> typed = askPassword(prompt(url))) {
            password = *typed;
            asked = true;
        }
    }
    for (;;) {
        auto client = std::make_unique<ClickHouseClient>(url, password);
        ClickHouseQuery::Failure failure = ClickHouseQuery::Failure::None;
        if (client->run("SELECT 1", error, &failure))
            return client;
        if (failure != ClickHouseQuery::Failure::Authentication)
            return nullptr;
        const std::optional<QString> typed =
            fromEnvironment || asked ? std::nullopt : askPassword(prompt(url));
        if (!typed) {
            if (error)
                *error += QLatin1Char(' ')
                          + QCoreApplication::translate(
                              "ClickHouseConnect",
                              "(The password comes from HTTPERR_CLICKHOUSE_PASSWORD, or is "
                              "asked on the terminal.)");
            return nullptr;
        }
        password = *typed;
        asked = true;
    }
}
