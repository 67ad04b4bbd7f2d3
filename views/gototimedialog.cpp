#include "gototimedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

GoToTimeDialog::GoToTimeDialog(const TimeFormat &format, int64_t initial, QWidget *parent)
    : QDialog(parent)
    , m_format(format)
    , m_field(new QLineEdit(this))
    , m_reading(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("goToTimeDialog"));
    setWindowTitle(tr("Go to Time"));
    auto *prompt =
        new QLabel(tr("First row at or after (%1):").arg(format.zoneLabel(initial)), this);
    m_field->setObjectName(QStringLiteral("goToTimeText"));
    m_field->setText(format.dateTime(initial));
    m_field->selectAll();
    m_field->setToolTip(tr("As the table shows times, or 2026-03-10 14:05, or a date alone"));
    m_reading->setObjectName(QStringLiteral("goToTimeReading"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_field);
    layout->addWidget(m_reading);
    layout->addWidget(m_buttons);
    connect(m_field, &QLineEdit::textChanged, this, &GoToTimeDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
    setMinimumWidth(fontMetrics().averageCharWidth() * 48);
}

std::optional<int64_t> GoToTimeDialog::time() const
{
    return m_format.parse(m_field->text());
}

void GoToTimeDialog::check()
{
    const std::optional<int64_t> t = time();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(t.has_value());
    m_reading->setText(t ? tr("Reads as %1").arg(m_format.dateTimeWithZone(*t))
                         : tr("Not a time yet"));
}
