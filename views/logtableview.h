#pragma once

#include "clipboardformatter.h"
#include "filterstate.h"

#include <QTableView>
#include <QVariantList>

#include <optional>
#include <vector>

class QMenu;

// The table of log rows, set up for millions of them: fixed row heights, no per-row sizing,
// column widths computed once from the font rather than measured over the data. Remembers the
// user's column order, widths and visibility by column key, so they survive a new file with
// another set of columns; a right click on the header shows or hides columns.
class LogTableView : public QTableView
{
    Q_OBJECT
public:
    explicit LogTableView(QWidget *parent = nullptr);

    // Gives each column a width that suits its kind of content (times, addresses, URLs).
    void sizeColumnsToFit();
    // Widens the file column to what the visible rows need (up to 480 pixels) when a file was
    // read from an archive: "support.zip › LogFiles/HTTPERR/httperr3.log" is long.
    void fitFileColumn();
    void setModel(QAbstractItemModel *model) override;

    // The columns' order, widths and visibility (for AppSettings::setTableColumns), including
    // remembered columns that the current files do not have.
    QVariantList columnLayout() const;
    // Applies a layout from columnLayout() now and to columns that appear later.
    void setColumnLayout(const QVariantList &layout);
    // Default order and widths, every column shown.
    void resetColumns();

    // How far "Rows Around This Time" reaches either side of a row's time.
    static constexpr int64_t AroundSeconds = 300;
    // Most rows Ctrl+C copies at once (a selection of millions would not fit a clipboard).
    static constexpr int MaxCopyRows = 100000;
    // Copies the selected rows as tab-separated text and as an HTML table, each with a header
    // row, columns in their on-screen order. Returns the number of rows copied.
    int copySelectedRows();
    // The selected rows' text as copySelectedRows() puts it on the clipboard.
    QString selectedRowsText(int *rows = nullptr, bool *truncated = nullptr) const;
    // The same rows as the HTML table copySelectedRows() puts on the clipboard.
    QString selectedRowsHtml() const;

Q_SIGNALS:
    // "Show only" (exclude false) or "Exclude" (exclude true) was chosen on a cell.
    void cellFilterRequested(FilterField field, const QString &value, bool exclude);
    // "Rows Around This Time (±5 min)" was chosen: filter to [from, to] (UTC seconds).
    void timeWindowRequested(qint64 from, qint64 to);
    // "Rename Server…" was chosen on a cell of the Server column.
    void renameServerRequested(const QString &server);
    // Something to tell the user in the status bar.
    void message(const QString &text);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    // "Rows Around This Time" for any cell, "Same /24 (or /64)" for a client address.
    void addNeighbourActions(QMenu &menu, const QModelIndex &index,
                             std::optional<FilterField> field);
    std::vector<uint32_t> copiedRows(bool *truncated) const;
    ClipboardFormatter clipboardFormatter() const;
    int widthForHeader(int column) const;
    QString columnKey(int column) const;
    void applyColumnLayout();
    // Shows or hides the columns that have a default (the Server column: with two or more
    // servers) unless the user chose.
    void applyDefaults();
    void rememberColumnLayout();
    void showHeaderMenu(const QPoint &pos);
    void setColumnShown(int column, bool shown);

    QVariantList m_layout;
    bool m_applying = false;
};
