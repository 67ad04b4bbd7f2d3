#pragma once

#include "filterstate.h"
#include "rowfilter.h"
#include "timeformat.h"

#include <QWidget>

class QHBoxLayout;
class QLineEdit;
class QTimer;
class QToolButton;
class ReasonListModel;
class ReasonPicker;
class ServerListModel;
class ServerPicker;

// The row of filter fields above the table: reasons, client IP, URL, from / to (in the zone
// times are shown in), one
// removable button per extra criterion set from the table (status, site, queue, method,
// server port) and Clear all. Text fields apply after a short pause in typing (or at once on
// Enter); a field whose text cannot be used gets a red frame and a tooltip saying why.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int TypingPauseMs = 250;

    explicit FilterBar(QWidget *parent = nullptr);

    // The list behind the reason picker (owned by the caller).
    void setReasonModel(ReasonListModel *model);
    // The list behind the server picker (owned by the caller); the picker shows while there
    // are two or more servers (or the filter names one).
    void setServerModel(ServerListModel *model);
    // A server was renamed: a filter naming it follows (applies at once).
    void renameServer(const QString &from, const QString &to);
    // The zone and conventions From and To are shown and typed in (UTC unless set).
    void setTimeFormat(const TimeFormat &format);
    // The state the fields show.
    FilterState state() const { return m_state; }
    // Shows `state` in the fields without emitting stateChanged().
    void setState(const FilterState &state);
    // Marks the fields of criteria that could not be used; clears the other marks.
    void setErrors(const QList<FilterError> &errors);
    // "Show only" / "Exclude" a cell's value; applies at once.
    void applyCellFilter(FilterField field, const QString &value, bool exclude);
    // Empties every criterion; applies at once.
    void clearAll();
    // Puts the keyboard focus in the URL field, its text selected (Ctrl+F).
    void focusSearch();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // The user changed the filter (after the typing pause for text fields).
    void stateChanged(const FilterState &state);
    // "Rename…" was chosen for a server in the picker.
    void renameServerRequested(const QString &server);

private:
    QLineEdit *addField(const QString &name, const QString &placeholder, const QString &help,
                        int widthChars);
    void applyFields();
    void commit(const FilterState &state);
    void showState();
    void describeTimeFields();
    void rebuildExtras();
    void updateServerPicker();
    void markFields();
    static void mark(QLineEdit *field, const QString &error, const QString &help);

    ReasonPicker *m_reasons;
    ReasonListModel *m_reasonModel = nullptr;
    ServerPicker *m_servers;
    ServerListModel *m_serverModel = nullptr;
    QLineEdit *m_clientIp;
    QLineEdit *m_url;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QHBoxLayout *m_extras;
    QToolButton *m_clear;
    QTimer *m_typing;
    FilterState m_state;
    TimeFormat m_timeFormat;
    QList<FilterError> m_errors;
    QString m_fromError; // the from / to text is not a time
    QString m_toError;
};
