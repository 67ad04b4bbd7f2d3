#include "exportdialog.h"

#include "exportjob.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ExportDialog::ExportDialog(const Counts &counts, const Choice &initial, QWidget *parent)
    : QDialog(parent)
    , m_selected(new QRadioButton(this))
    , m_filtered(new QRadioButton(this))
    , m_all(new QRadioButton(this))
    , m_visibleColumns(new QRadioButton(tr("&Visible columns, in table order"), this))
    , m_allColumns(new QRadioButton(tr("All &columns, in file order, with file and line"), this))
    , m_columnsNote(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_anonymize(new QCheckBox(tr("&Anonymise client IP addresses"), this))
{
    setWindowTitle(tr("Export Rows"));
    const QLocale locale;
    m_selected->setText(tr("&Selected rows (%1)").arg(locale.toString(counts.selected)));
    m_filtered->setText(
        tr("Rows that pass the &filters (%1)").arg(locale.toString(counts.filtered)));
    m_all->setText(tr("A&ll rows (%1)").arg(locale.toString(counts.all)));
    m_selected->setEnabled(counts.selected > 0);
    auto *rows = new QButtonGroup(this);
    rows->addButton(m_selected);
    rows->addButton(m_filtered);
    rows->addButton(m_all);
    auto *columns = new QButtonGroup(this);
    columns->addButton(m_visibleColumns);
    columns->addButton(m_allColumns);

    for (const ExportFormat f : ExportFormats::all())
        m_format->addItem(ExportFormats::title(f), int(f));
    m_path->setMinimumWidth(fontMetrics().horizontalAdvance(QString(48, QLatin1Char('x'))));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    m_anonymize->setToolTip(
        tr("Replaces every client address by a stand-in from a reserved range (198.18.0.0/15, "
           "2001:db8::/32), the same one wherever the address appears in this export. "
           "URLs and server addresses are kept."));
    m_columnsNote->setWordWrap(true);
    QPalette muted = m_columnsNote->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::Disabled, QPalette::WindowText));
    m_columnsNote->setPalette(muted);

    auto *rowBox = new QVBoxLayout;
    rowBox->addWidget(m_selected);
    rowBox->addWidget(m_filtered);
    rowBox->addWidget(m_all);
    auto *columnBox = new QVBoxLayout;
    columnBox->addWidget(m_visibleColumns);
    columnBox->addWidget(m_allColumns);
    columnBox->addWidget(m_columnsNote);
    auto *fileBox = new QHBoxLayout;
    fileBox->addWidget(m_path, 1);
    fileBox->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Rows:"), rowBox);
    form->addRow(tr("Columns:"), columnBox);
    form->addRow(tr("F&ormat:"), m_format);
    auto *fileLabel = new QLabel(tr("F&ile:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileBox);
    form->addRow(QString(), m_anonymize);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    // The initial choice, falling back when it asks for what is not there.
    Scope scope = initial.scope;
    if (scope == Scope::Selected && counts.selected == 0)
        scope = counts.filtered < counts.all ? Scope::Filtered : Scope::All;
    (scope == Scope::Selected   ? m_selected
     : scope == Scope::Filtered ? m_filtered
                                : m_all)
        ->setChecked(true);
    (initial.allColumns ? m_allColumns : m_visibleColumns)->setChecked(true);
    m_format->setCurrentIndex(m_format->findData(int(initial.format)));
    m_path->setText(QDir::toNativeSeparators(initial.path));
    m_anonymize->setChecked(initial.anonymize);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    onFormatChanged();
}

ExportFormat ExportDialog::currentFormat() const
{
    return ExportFormat(m_format->currentData().toInt());
}

void ExportDialog::onFormatChanged()
{
    const ExportFormat format = currentFormat();
    const bool ownFields = !ExportFormats::takesColumns(format);
    m_visibleColumns->setEnabled(!ownFields);
    m_allColumns->setEnabled(!ownFields);
    m_columnsNote->setVisible(ownFields);
    if (format == ExportFormat::HttpErr)
        m_columnsNote->setText(tr("A .log file always holds each row's own fields, so that it "
                                  "reads back like the original."));
    else
        m_columnsNote->setText(tr("Each document holds all of the row's fields under the names "
                                  "Filebeat gives them, with the server and the file."));
    // Keep the file name in step with the format.
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!path.isEmpty() && !ExportFormats::hasExtension(path, format)) {
        const QFileInfo info(path);
        const QString base = ExportFormats::fromPath(path)
                                 ? info.path() + QLatin1Char('/') + info.completeBaseName()
                                 : path;
        m_path->setText(QDir::toNativeSeparators(ExportFormats::withExtension(base, format)));
    }
}

void ExportDialog::browse()
{
    QStringList filters;
    for (const ExportFormat f : ExportFormats::all())
        filters << ExportFormats::fileFilter(f);
    QString selected = ExportFormats::fileFilter(currentFormat());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Rows To"), QDir::fromNativeSeparators(m_path->text()),
        filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    const qsizetype index = filters.indexOf(selected);
    const ExportFormat format = ExportFormats::fromPath(path).value_or(
        index >= 0 ? ExportFormats::all().at(index) : currentFormat());
    m_confirmedPath = ExportFormats::withExtension(path, format);
    m_path->setText(QDir::toNativeSeparators(m_confirmedPath));
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

ExportDialog::Choice ExportDialog::choice() const
{
    Choice c;
    c.scope = m_selected->isChecked()   ? Scope::Selected
              : m_filtered->isChecked() ? Scope::Filtered
                                        : Scope::All;
    c.allColumns = m_allColumns->isChecked();
    c.format = currentFormat();
    c.anonymize = m_anonymize->isChecked();
    c.path = ExportFormats::withExtension(QDir::fromNativeSeparators(m_path->text().trimmed()),
                                          c.format);
    return c;
}

void ExportDialog::accept()
{
    const Choice c = choice();
    if (const QString problem = ExportJob::checkTarget(c.path); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot Export"), problem);
        return;
    }
    if (QFileInfo::exists(c.path) && c.path != m_confirmedPath
        && QMessageBox::question(
               this, tr("Replace File?"),
               tr("“%1” already exists. Replace it?").arg(QDir::toNativeSeparators(c.path)))
               != QMessageBox::Yes)
        return;
    QDialog::accept();
}
