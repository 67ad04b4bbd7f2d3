#pragma once

#include <QWidget>

class QProgressBar;
class QToolButton;

// The progress bar and Cancel button shown in the status bar while files load.
class LoadProgressWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LoadProgressWidget(QWidget *parent = nullptr);

    void setProgress(qint64 done, qint64 total);

Q_SIGNALS:
    void cancelRequested();

private:
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};
