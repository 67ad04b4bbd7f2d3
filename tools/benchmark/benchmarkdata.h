#pragma once

#include <QString>

#include <cstdint>

// The generated input files, made on first use and kept in a folder between runs (the same
// bytes every time, so a kept file is as good as a new one).
class BenchmarkData
{
public:
    explicit BenchmarkData(const QString &dir);

    QString dir() const { return m_dir; }
    // One file of `lines` data lines with header blocks of all layouts, ~100 bytes a line.
    QString bigFile(uint64_t lines);
    // The same number of lines in one header block of the 13-field layout: what tools that
    // read only the first #Fields of a file (lnav) can count correctly.
    QString singleLayoutFile(uint64_t lines);
    // A folder of `count` roll-over files (httperr1.log ...) of about `bytesEach` bytes each,
    // mostly with headers, some header-less.
    QString folder(int count, qint64 bytesEach);
    // A support bundle from a web farm: folders server1 and server2, each holding the same
    // bigFile(lines / 2) (hard-linked), so the two servers' rows cover the same time.
    QString serversFolder(uint64_t lines);
    // A farm's support bundle of `count` one-row logs, spread over four servers
    // (WEB01/LogFiles/HTTPERR/httperr1.log ...): as a zip archive, or as a folder.
    QString oneRowZip(int count);
    QString oneRowFolder(int count);

private:
    // A generated file of `lines` lines in the data folder (made once), a header block every
    // `linesPerBlock` lines.
    QString generatedFile(const QString &name, uint64_t lines, uint64_t linesPerBlock);
    bool isDone(const QString &path) const;
    // The member path and text of the i-th (1-based) one-row log of a bundle.
    static QString oneRowName(int i);
    static QByteArray oneRowLog(int i);
    void markDone(const QString &path) const;

    QString m_dir;
};
