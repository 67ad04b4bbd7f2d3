#pragma once

#include <QString>
#include <QStringList>

// What each HTTP.sys reason phrase means and what to check, in the project's own words and
// translated. Covers every documented phrase plus the undocumented ones seen in real logs;
// any other token gets an honest "undocumented" entry.
namespace ReasonCatalog {
// Where in request processing HTTP.sys logged the event.
enum class Stage : uint8_t {
    Connection, // connection-level: request fields usually "-"
    Parse,      // rejected while parsing; HTTP.sys answered itself
    Queue,      // parsed and routed, then refused or abandoned at the app-pool queue
    Unknown,
};

struct Entry
{
    QString reason;
    bool known = false;      // false: not in the catalog, texts are the generic fallback
    bool documented = false; // in Microsoft's list (NotFound is known but undocumented)
    QString status;          // the status HTTP.sys usually logs with it ("503", "-", "400/403")
    Stage stage = Stage::Unknown;
    QString meaning;
    QStringList causes;   // typical causes, one per item
    QStringList checks;   // what to check next, one per item
    QStringList settings; // related settings, one per item (may be empty)
};

// The entry for a reason token (case-sensitive, as HTTP.sys writes it).
Entry lookup(const QString &reason);
// Every reason the catalog knows, in alphabetical order.
QStringList knownReasons();
// One translated sentence describing a stage.
QString stageText(Stage stage);
} // namespace ReasonCatalog
