#pragma once

#include "filterstate.h"

#include <QCommandLineOption>
#include <QList>

#include <optional>

class QCommandLineParser;

// The command-line options that build a FilterState (--reason, --exclude-reason, --server,
// --client-ip, --url, --from, --to): one place for --summary, the window and later export.
class FilterOptions
{
public:
    FilterOptions();

    void addTo(QCommandLineParser &parser) const;
    // True when any filter option was given.
    bool isSet(const QCommandLineParser &parser) const;
    // The state the options describe, or nothing with `error` set (a bad time, an invalid
    // regular expression, a bad address block...).
    std::optional<FilterState> read(const QCommandLineParser &parser, QString *error) const;

private:
    QString optionFor(FilterField field) const;

    QCommandLineOption m_reason;
    QCommandLineOption m_excludeReason;
    QCommandLineOption m_clientIp;
    QCommandLineOption m_url;
    QCommandLineOption m_server;
    QCommandLineOption m_from;
    QCommandLineOption m_to;
};
