#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

// Asks where to write a ticket report and how: the HTML file, whether to write a PDF beside
// it, whether to anonymise client addresses and whether to open it afterwards.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    // What the report covers: every row passing the filters, the selected spike's window, or
    // the rows selected in the table.
    enum class Scope { All, Spike, Selection };
    struct Choice
    {
        Scope scope = Scope::All;
        QString htmlPath;
        bool pdf = false;
        bool anonymize = false;
        bool open = true;
    };

    ReportDialog(const Choice &initial, QWidget *parent = nullptr);
    Choice choice() const;
    // Offers the selected spike (described by `spike`; empty: none selected) and the rows
    // selected in the table (`selectedRows`, 0: none) besides every row; what cannot be chosen
    // is shown disabled.
    void offerScopes(const QString &spike, int selectedRows);
    // The PDF written beside an HTML report.
    static QString pdfPathFor(const QString &htmlPath);

public Q_SLOTS:
    void accept() override;

private:
    void browse();

    QComboBox *m_scope;
    QLineEdit *m_path;
    QCheckBox *m_pdf;
    QCheckBox *m_anonymize;
    QCheckBox *m_open;
    QString m_confirmedPath;
};
