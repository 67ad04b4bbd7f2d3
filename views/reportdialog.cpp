#include "reportdialog.h"

#include "exportjob.h"

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
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace {
QString withHtmlSuffix(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return path;
    return path + QStringLiteral(".html");
}
} // namespace

ReportDialog::ReportDialog(const Choice &initial, QWidget *parent)
    : QDialog(parent)
    , m_scope(new QComboBox(this))
    , m_path(new QLineEdit(QDir::toNativeSeparators(initial.htmlPath), this))
    , m_pdf(new QCheckBox(tr("Also save a &PDF beside it"), this))
    , m_anonymize(new QCheckBox(tr("&Anonymise client IP addresses"), this))
    , m_open(new QCheckBox(tr("&Open the report when it is written"), this))
{
    setWindowTitle(tr("Create Report"));
    m_scope->setObjectName(QStringLiteral("reportScope"));
    m_scope->addItem(tr("Every row that passes the filters"), int(Scope::All));
    m_scope->addItem(tr("The selected spike's window"), int(Scope::Spike));
    m_scope->addItem(tr("The rows selected in the table"), int(Scope::Selection));
    m_scope->setCurrentIndex(int(initial.scope));
    m_path->setMinimumWidth(fontMetrics().horizontalAdvance(QString(48, QLatin1Char('x'))));
    m_pdf->setChecked(initial.pdf);
    m_anonymize->setChecked(initial.anonymize);
    m_open->setChecked(initial.open);
    m_anonymize->setToolTip(tr("Client addresses in the lists and tables become stand-ins from "
                               "reserved ranges, one per real address."));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ReportDialog::browse);

    auto *fileBox = new QHBoxLayout;
    fileBox->addWidget(m_path, 1);
    fileBox->addWidget(browse);
    auto *form = new QFormLayout;
    auto *scopeLabel = new QLabel(tr("C&overs:"), this);
    scopeLabel->setBuddy(m_scope);
    form->addRow(scopeLabel, m_scope);
    auto *fileLabel = new QLabel(tr("&HTML file:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileBox);
    form->addRow(QString(), m_pdf);
    form->addRow(QString(), m_anonymize);
    form->addRow(QString(), m_open);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString ReportDialog::pdfPathFor(const QString &htmlPath)
{
    const QFileInfo info(htmlPath);
    return info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".pdf");
}

void ReportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Report As"),
                                                      QDir::fromNativeSeparators(m_path->text()),
                                                      tr("HTML report (*.html *.htm)"));
    if (path.isEmpty())
        return;
    m_confirmedPath = withHtmlSuffix(path);
    m_path->setText(QDir::toNativeSeparators(m_confirmedPath));
}

void ReportDialog::offerScopes(const QString &spike, int selectedRows)
{
    auto *items = qobject_cast<QStandardItemModel *>(m_scope->model());
    m_scope->setItemText(int(Scope::Spike),
                         spike.isEmpty() ? tr("The selected spike's window (no spike selected)")
                                         : tr("The selected spike's window: %1").arg(spike));
    m_scope->setItemText(int(Scope::Selection),
                         selectedRows > 0
                             ? tr("The %Ln row(s) selected in the table", nullptr, selectedRows)
                             : tr("The rows selected in the table (none selected)"));
    items->item(int(Scope::Spike))->setEnabled(!spike.isEmpty());
    items->item(int(Scope::Selection))->setEnabled(selectedRows > 0);
    if (!items->item(m_scope->currentIndex())->isEnabled())
        m_scope->setCurrentIndex(int(Scope::All));
}

ReportDialog::Choice ReportDialog::choice() const
{
    Choice c;
    c.scope = Scope(m_scope->currentData().toInt());
    c.htmlPath = withHtmlSuffix(QDir::fromNativeSeparators(m_path->text().trimmed()));
    c.pdf = m_pdf->isChecked();
    c.anonymize = m_anonymize->isChecked();
    c.open = m_open->isChecked();
    return c;
}

void ReportDialog::accept()
{
    const Choice c = choice();
    QStringList targets{c.htmlPath};
    if (c.pdf)
        targets << pdfPathFor(c.htmlPath);
    QStringList existing;
    for (const QString &path : targets) {
        if (const QString problem = ExportJob::checkTarget(path); !problem.isEmpty()) {
            QMessageBox::warning(this, tr("Cannot Create Report"), problem);
            return;
        }
        if (QFileInfo::exists(path) && path != m_confirmedPath)
            existing << QDir::toNativeSeparators(path);
    }
    if (!existing.isEmpty()
        && QMessageBox::question(this, tr("Replace Files?"),
                                 tr("Replace %1?").arg(existing.join(tr(" and "))))
               != QMessageBox::Yes)
        return;
    QDialog::accept();
}
