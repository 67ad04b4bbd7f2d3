#pragma once

#include <QDialog>

class QPlainTextEdit;

// Shows one line of a log file among its neighbours, the line itself highlighted: what a
// double-click on a malformed line in the Problems view opens.
class LineContextDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LineContextDialog(QWidget *parent = nullptr);

    // Reads the lines around `line` of `path` and shows them.
    void showLine(const QString &path, quint64 line);
    QString text() const;

private:
    QPlainTextEdit *m_text;
};
