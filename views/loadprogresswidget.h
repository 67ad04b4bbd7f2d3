#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

// The file being read, the progress bar and Cancel button shown in the status bar while files
// load.
class LoadProgressWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LoadProgressWidget(QWidget *parent = nullptr);

    void setProgress(qint64 done, qint64 total);
    // What setProgress() counts: bytes of files (the default) or rows (from a database).
    enum class Unit : uint8_t { Bytes, Rows };
    void setUnit(Unit unit) { m_unit = unit; }
    // Names the file (or archive member) being read.
    void setFile(const QString &name);

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_file;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    Unit m_unit = Unit::Bytes;
};
