#pragma once

#include "chartimage.h"

#include <QDialog>
#include <QSize>

class QComboBox;
class QLineEdit;
class QSpinBox;

// Asks where to save the timeline chart, in which format (PNG, JPEG or PDF) and at which
// size. The format follows the file's extension and the other way round.
class ChartExportDialog : public QDialog
{
    Q_OBJECT
public:
    struct Choice
    {
        QString path;
        QSize size;
    };

    ChartExportDialog(const Choice &initial, QWidget *parent = nullptr);
    Choice choice() const;
    // The format picked in the dialog.
    ChartImage::Format format() const;

public Q_SLOTS:
    void accept() override;

private:
    void browse();
    void onFormatChosen();
    void onPathEdited();

    QLineEdit *m_path;
    QComboBox *m_format;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QString m_confirmedPath;
};
