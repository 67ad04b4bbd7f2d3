#include "logproblem.h"

#include <QCoreApplication>

LogProblem::Severity LogProblem::severity() const
{
    if (isLineProblem())
        return Severity::Warning;
    switch (code) {
    case Code::GuessedLayout:
    case Code::FieldCut:
    case Code::Reencoded:
    case Code::HeaderOnly:
    case Code::Grew:
    case Code::Empty:
    case Code::TooManyProblems:
    case Code::NotALog:
    case Code::Restarted:
    case Code::UnknownFields:
        return Severity::Note;
    case Code::Shrank:
    case Code::ForeignBlock:
    case Code::UnsafeName:
    case Code::DuplicateMember:
    case Code::NoTimeTaken:
    case Code::NoOverlap:
        return Severity::Warning;
    default:
        return Severity::Error;
    }
}

bool LogProblem::isLineProblem() const
{
    switch (code) {
    case Code::FieldCount:
    case Code::BadTimestamp:
    case Code::NoLayout:
    case Code::FieldsNoTime:
    case Code::CutShort:
    case Code::LineTooLong:
    case Code::NulBytes:
    case Code::BadNumber:
    case Code::NoAccessFields:
        return true;
    default:
        return false;
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
    case Code::CutShort:
        if (expected == 0) // a header-less file: no one layout to compare with
            return tr("The last line stops without a line break after %1 fields: the file was "
                      "cut short or is still being written")
                .arg(found);
        return tr("The last line stops without a line break after %1 of %2 fields: the file "
                  "was cut short or is still being written")
            .arg(found)
            .arg(expected);
    case Code::LineTooLong:
        return tr("Line longer than %1 MiB: skipped").arg(expected);
    case Code::NulBytes:
        return tr("NUL bytes instead of text: the file was not completely written");
    case Code::GuessedLayout:
        return tr("No #Fields header: columns guessed from the field count");
    case Code::FieldCut:
        return tr("A field of %1 bytes was cut to its first %2 KiB").arg(found).arg(expected);
    case Code::Reencoded:
        return tr("Read as %1 text").arg(detail);
    case Code::HeaderOnly:
        return tr("Only # header lines, no log rows");
    case Code::Grew:
        return tr("The file grew while it was read (%1); the new lines are included").arg(detail);
    case Code::Shrank:
        return tr("The file shrank while it was read (%1)").arg(detail);
    case Code::Missing:
        return tr("File or folder not found");
    case Code::Unreadable:
        return detail.isEmpty() ? tr("Cannot be read") : tr("Cannot be read: %1").arg(detail);
    case Code::EmptyFolder:
        return tr("The folder holds no .log files");
    case Code::NotHttpErr:
        return tr("Not an HTTP.sys error log (%1)").arg(detail);
    case Code::ForeignBlock:
        return tr("Header block skipped up to the next header: not an HTTP.sys error log (%1)")
            .arg(detail);
    case Code::Binary:
        return detail.isEmpty() ? tr("Binary data, not a text log")
                                : tr("Binary data, not a text log (%1)").arg(detail);
    case Code::Empty:
        return found > 0 ? tr("No log rows: every line is malformed")
                         : tr("No log lines in this file");
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
    case Code::UnsafeName:
        return tr("Skipped: the member's name leads out of the archive (“..” or an absolute "
                  "path)");
    case Code::DuplicateMember:
        return tr("Skipped: an earlier member of the archive has the same name, and that one "
                  "was read");
    case Code::BadNumber:
        return tr("%1 is not a number: the line is skipped").arg(detail);
    case Code::NoAccessFields:
        return tr("An access-log line before any #Fields header: its fields are unknown");
    case Code::NoTimeTaken:
        return tr("This access log's #Fields has no time-taken: its requests cannot be counted "
                  "as slow");
    case Code::UnknownFields:
        return tr("Fields IIS does not write by default (custom fields?) are ignored: %1")
            .arg(detail);
    case Code::NoOverlap:
        return tr("The access logs of this server (%1) do not overlap its httperr logs (%2): "
                  "they cannot explain the spikes. From another day, or written in local time?")
            .arg(detail.section(QLatin1Char('\n'), 0, 0), detail.section(QLatin1Char('\n'), 1, 1));
    }
    return {};
}

size_t LogProblem::utf8Prefix(const char *text, size_t length, size_t maxBytes)
{
    if (length <= maxBytes)
        return length;
    size_t n = maxBytes;
    // Step back over continuation bytes so a multi-byte character is never split; give up
    // after three (then it was not UTF-8 anyway).
    for (int i = 0; i < 3 && n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80; ++i)
        --n;
    return (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80 ? maxBytes : n;
}

QByteArray LogProblem::shorten(const char *text, size_t length, size_t maxBytes)
{
    if (length <= maxBytes)
        return QByteArray(text, qsizetype(length));
    QByteArray out(text, qsizetype(utf8Prefix(text, length, maxBytes)));
    out.append("\xE2\x80\xA6"); // an ellipsis
    return out;
}
