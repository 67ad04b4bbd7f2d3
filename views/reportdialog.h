#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

// Asks where to write a ticket report and how: the HTML file, whether to write a PDF beside
// it, whether to anonymise client addresses and whether to open it afterwards.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    struct Choice
    {
        QString htmlPath;
        bool pdf = false;
        bool anonymize = false;
        bool open = true;
    };

    ReportDialog(const Choice &initial, QWidget *parent = nullptr);
    Choice choice() const;
    // The PDF written beside an HTML report.
    static QString pdfPathFor(const QString &htmlPath);

public Q_SLOTS:
    void accept() override;

private:
    void browse();

    QLineEdit *m_path;
    QCheckBox *m_pdf;
    QCheckBox *m_anonymize;
    QCheckBox *m_open;
    QString m_confirmedPath;
};
