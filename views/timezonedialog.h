#pragma once

#include <QDialog>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

// Picks a time zone by its IANA id ("Asia/Tokyo") from every zone this machine knows: a search
// box over a list that shows each zone's current offset, the recently picked zones first.
class TimeZoneDialog : public QDialog
{
    Q_OBJECT
public:
    // `recent`: zone ids to list first (newest first); `current`: the id to select.
    TimeZoneDialog(const QStringList &recent, const QString &current, QWidget *parent = nullptr);

    // The zone picked, or empty.
    QString selectedId() const;
    // The ids listed, in order, under the current search (for tests).
    QStringList shownIds() const;
    QLineEdit *searchField() const { return m_search; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void selectFirst();

    QLineEdit *m_search;
    QListView *m_list;
    QStandardItemModel *m_zones;
    QSortFilterProxyModel *m_filter;
};
