#pragma once

#include <QWidget>

class QLabel;

// The permanent part of the status bar: rows, malformed lines, files and the time span.
class StatusBarPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StatusBarPanel(QWidget *parent = nullptr);

    void setCounts(qint64 shownRows, qint64 totalRows, qint64 malformed, int files);
    void setTimeSpan(const QString &span);

Q_SIGNALS:
    // The malformed-lines label was clicked: show the Problems view.
    void problemsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *m_rows;
    QLabel *m_malformed;
    QLabel *m_files;
    QLabel *m_span;
};
