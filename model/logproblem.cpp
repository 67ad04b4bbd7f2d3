#include "logproblem.h"

#include <QCoreApplication>

LogProblem::Severity LogProblem::severity() const
{
    switch (code) {
    case Code::GuessedLayout:
    case Code::Empty:
    case Code::TooManyProblems:
    case Code::NotALog:
    case Code::Restarted:
        return Severity::Note;
    case Code::FieldCount:
    case Code::BadTimestamp:
    case Code::NoLayout:
    case Code::FieldsNoTime:
        return Severity::Warning;
    default:
        return Severity::Error;
    }
}

QString LogProblem::message() const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("LogProblem", text); };
    switch (code) {
    case Code::FieldCount:
        return tr("Expected %1 fields, found %2").arg(expected).arg(found);
    case Code::BadTimestamp:
        return tr("Date and time are not YYYY-MM-DD HH:MM:SS");
    case Code::NoLayout:
        return tr("No #Fields header, and %1 fields match no known httperr layout").arg(found);
    case Code::FieldsNoTime:
        return tr("The #Fields header has no date and time fields");
    case Code::GuessedLayout:
        return tr("No #Fields header: columns guessed from the field count");
    case Code::Missing:
        return tr("File or folder not found");
    case Code::Unreadable:
        return detail.isEmpty() ? tr("Cannot be read") : tr("Cannot be read: %1").arg(detail);
    case Code::EmptyFolder:
        return tr("The folder holds no .log files");
    case Code::NotHttpErr:
        return tr("Not an HTTP.sys error log (%1)").arg(detail);
    case Code::Binary:
        return tr("Binary data, not a text log");
    case Code::Empty:
        return tr("No log lines in this file");
    case Code::TooManyProblems:
        return tr("Too many malformed lines; only the first %1 are listed").arg(expected);
    case Code::DamagedArchive:
        return detail.isEmpty() ? tr("Damaged archive") : tr("Damaged archive: %1").arg(detail);
    case Code::Encrypted:
        return tr("Encrypted archive member: cannot be read without its password");
    case Code::TooCompressed:
        return tr("Refused: expands more than %1 times its compressed size (a zip bomb?)")
            .arg(expected);
    case Code::NotALog:
        return tr("Skipped: not a .log file");
    case Code::EmptyArchive:
        return tr("The archive holds no .log files");
    case Code::Restarted:
        return tr("The file was truncated or replaced: read again from the start");
    }
    return {};
}

QByteArray LogProblem::shorten(const char *text, size_t length, size_t maxBytes)
{
    if (length <= maxBytes)
        return QByteArray(text, qsizetype(length));
    QByteArray out(text, qsizetype(maxBytes));
    out.append("\xE2\x80\xA6"); // an ellipsis
    return out;
}
