#pragma once

#include "exportformat.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

// Asks what to export: which rows, which columns, the format, the file and whether to
// anonymise client addresses. Checks the file can be written before it closes.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Scope : uint8_t { Selected, Filtered, All };
    struct Counts
    {
        qint64 selected = 0;
        qint64 filtered = 0;
        qint64 all = 0;
    };
    struct Choice
    {
        Scope scope = Scope::All;
        bool allColumns = false;
        ExportFormat format = ExportFormat::Csv;
        bool anonymize = false;
        QString path;
    };

    ExportDialog(const Counts &counts, const Choice &initial, QWidget *parent = nullptr);

    Choice choice() const;

public Q_SLOTS:
    void accept() override;

private:
    void browse();
    void onFormatChanged();
    ExportFormat currentFormat() const;

    QRadioButton *m_selected;
    QRadioButton *m_filtered;
    QRadioButton *m_all;
    QRadioButton *m_visibleColumns;
    QRadioButton *m_allColumns;
    QLabel *m_columnsNote;
    QComboBox *m_format;
    QLineEdit *m_path;
    QCheckBox *m_anonymize;
    QString m_confirmedPath; // the file dialog already asked about replacing it
};
