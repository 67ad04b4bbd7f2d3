#include "chartexportdialog.h"

#include "exportjob.h"

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
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
constexpr int MinSide = 100;
constexpr int MaxSide = 10000;

// `path` with the extension of `format`, in place of another image or PDF extension.
QString withSuffix(const QString &path, ChartImage::Format format)
{
    if (path.isEmpty() || ChartImage::formatOf(path) == format)
        return path;
    const QString base =
        ChartImage::formatOf(path) ? path.chopped(QFileInfo(path).suffix().size() + 1) : path;
    return base + QLatin1Char('.') + ChartImage::suffix(format);
}

QSpinBox *sideBox(int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(MinSide, MaxSide);
    box->setValue(std::clamp(value, MinSide, MaxSide));
    box->setSuffix(ChartExportDialog::tr(" px"));
    box->setAccelerated(true);
    return box;
}
} // namespace

ChartExportDialog::ChartExportDialog(const Choice &initial, QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(QDir::toNativeSeparators(initial.path), this))
    , m_format(new QComboBox(this))
    , m_width(sideBox(initial.size.width(), this))
    , m_height(sideBox(initial.size.height(), this))
{
    setWindowTitle(tr("Save Chart Image"));
    m_path->setObjectName(QStringLiteral("chartPath"));
    m_format->setObjectName(QStringLiteral("chartFormat"));
    m_width->setObjectName(QStringLiteral("chartWidth"));
    m_height->setObjectName(QStringLiteral("chartHeight"));
    m_path->setMinimumWidth(fontMetrics().horizontalAdvance(QString(44, QLatin1Char('x'))));
    m_format->addItem(tr("PNG image"), int(ChartImage::Format::Png));
    m_format->addItem(tr("JPEG image"), int(ChartImage::Format::Jpeg));
    m_format->addItem(tr("PDF document (vector graphics)"), int(ChartImage::Format::Pdf));
    m_format->setCurrentIndex(m_format->findData(
        int(ChartImage::formatOf(initial.path).value_or(ChartImage::Format::Png))));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ChartExportDialog::browse);
    connect(m_format, &QComboBox::activated, this, &ChartExportDialog::onFormatChosen);
    connect(m_path, &QLineEdit::textEdited, this, &ChartExportDialog::onPathEdited);

    auto *fileBox = new QHBoxLayout;
    fileBox->addWidget(m_path, 1);
    fileBox->addWidget(browse);
    auto *sizeBox = new QHBoxLayout;
    sizeBox->addWidget(m_width);
    sizeBox->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeBox->addWidget(m_height);
    sizeBox->addStretch(1);
    m_width->setAccessibleName(tr("Width"));
    m_height->setAccessibleName(tr("Height"));

    auto *form = new QFormLayout;
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("&File:"), m_path), fileBox);
    form->addRow(label(tr("F&ormat:"), m_format), m_format);
    form->addRow(label(tr("Si&ze:"), m_width), sizeBox);
    auto *hint = new QLabel(tr("Width × height in pixels; a PDF page gets the same size in "
                               "points."),
                            this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    form->addRow(QString(), hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChartExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChartExportDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    onFormatChosen(); // the path gets the extension of the format shown
}

ChartImage::Format ChartExportDialog::format() const
{
    return ChartImage::Format(m_format->currentData().toInt());
}

ChartExportDialog::Choice ChartExportDialog::choice() const
{
    return {withSuffix(QDir::fromNativeSeparators(m_path->text().trimmed()), format()),
            QSize(m_width->value(), m_height->value())};
}

void ChartExportDialog::onFormatChosen()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(withSuffix(path, format())));
}

void ChartExportDialog::onPathEdited()
{
    if (const auto typed = ChartImage::formatOf(m_path->text().trimmed()))
        m_format->setCurrentIndex(m_format->findData(int(*typed)));
}

void ChartExportDialog::browse()
{
    QString selected;
    const QString filters =
        tr("PNG image (*.png);;JPEG image (*.jpg *.jpeg);;PDF document (*.pdf)");
    const QStringList each = filters.split(QStringLiteral(";;"));
    selected = each.value(m_format->currentIndex());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Chart As"), QDir::fromNativeSeparators(m_path->text()), filters, &selected);
    if (path.isEmpty())
        return;
    const auto picked = ChartImage::formatOf(path);
    if (picked)
        m_format->setCurrentIndex(m_format->findData(int(*picked)));
    else
        m_format->setCurrentIndex(std::max(0, int(each.indexOf(selected))));
    m_confirmedPath = withSuffix(path, format());
    m_path->setText(QDir::toNativeSeparators(m_confirmedPath));
}

void ChartExportDialog::accept()
{
    const Choice c = choice();
    if (const QString problem = ExportJob::checkTarget(c.path); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot Save Chart"), problem);
        return;
    }
    if (QFileInfo::exists(c.path) && c.path != m_confirmedPath
        && QMessageBox::question(this, tr("Replace File?"),
                                 tr("Replace %1?").arg(QDir::toNativeSeparators(c.path)))
               != QMessageBox::Yes)
        return;
    QDialog::accept();
}
