#pragma once

#include <QDialog>

// Help > About: the version, the versions of Qt and QCustomPlot, and the licence.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The dialog's main text (HTML), also for tests.
    static QString text();
};
