#pragma once

#include "logsource.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

// Puts the logs of a folder (or of an archive) in the order they were written:
// httperrN.log by N; time-named logs (htYYMM.log monthly, htYYMMDD.log daily or htYYMMww.log
// weekly, htYYMMDDhh.log hourly, also with IIS's u_ prefix) by the time their name says; any
// other log by the first #Date (or first row) inside it; what is left by name, naturally.
class RolloverOrder
{
public:
    enum class Scheme : uint8_t { Numbered, Timed, Unnamed };
    struct NameKey
    {
        Scheme scheme = Scheme::Unnamed;
        int64_t value = 0; // N for Numbered, seconds since the epoch (UTC) for Timed
    };

    // What a log's file name ("httperr12.log", "ht240131.log") says about its place.
    static NameKey classify(const QString &logName);
    // The first #Date, or failing that the first row's time, in the head of a log.
    static std::optional<int64_t> firstTime(const QByteArray &head);
    // Sorts by folder (naturally), then within each folder as described above. Reads the head
    // of the logs whose names say nothing.
    static void sort(std::vector<LogSource> &sources);
};
