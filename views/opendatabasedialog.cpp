#include "opendatabasedialog.h"

#include "appsettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

OpenDatabaseDialog::OpenDatabaseDialog(QWidget *parent)
    : QDialog(parent)
    , m_address(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_cluster(new QLineEdit(this))
    , m_rowLimit(new QSpinBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Open Database"));
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setPlaceholderText(tr("clickhouse://HOST:8123/DATABASE"));
    m_address->setMinimumWidth(
        m_address->fontMetrics().horizontalAdvance(QString(44, QLatin1Char('x'))));
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(QStringLiteral("default"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setText(qEnvironmentVariable("HTTPERR_CLICKHOUSE_PASSWORD"));
    m_cluster->setObjectName(QStringLiteral("cluster"));
    m_cluster->setPlaceholderText(tr("optional: read all shards of this cluster"));
    m_rowLimit->setObjectName(QStringLiteral("rowLimit"));
    m_rowLimit->setRange(AppSettings::MinDatabaseRowLimit, AppSettings::MaxDatabaseRowLimit);
    m_rowLimit->setSingleStep(100000);
    m_rowLimit->setGroupSeparatorShown(true);
    m_rowLimit->setValue(AppSettings::DefaultDatabaseRowLimit);
    m_rowLimit->setToolTip(tr("The table holds the oldest rows the filters keep, up to this "
                              "many; the timeline counts them all."));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Cluster:"), m_cluster);
    form->addRow(tr("&Rows at most:"), m_rowLimit);
    auto *note = new QLabel(
        tr("clickhouses:// connects over HTTPS (port 8443 by default). The password is not "
           "saved."),
        this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenDatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void OpenDatabaseDialog::setUrl(const ClickHouseUrl &url)
{
    ClickHouseUrl bare = url;
    bare.user.clear();
    bare.cluster.clear();
    m_address->setText(bare.toString());
    m_user->setText(url.user);
    m_cluster->setText(url.cluster);
}

std::optional<ClickHouseUrl> OpenDatabaseDialog::url() const
{
    QString error;
    std::optional<ClickHouseUrl> url = ClickHouseUrl::parse(m_address->text().trimmed(), &error);
    if (!url) {
        m_error->setText(error);
        m_error->show();
        return std::nullopt;
    }
    if (!m_user->text().trimmed().isEmpty())
        url->user = m_user->text().trimmed();
    if (!m_cluster->text().trimmed().isEmpty())
        url->cluster = m_cluster->text().trimmed();
    m_error->hide();
    return url;
}

QString OpenDatabaseDialog::password() const
{
    return m_password->text();
}

void OpenDatabaseDialog::setRowLimit(int rows)
{
    m_rowLimit->setValue(rows);
}

int OpenDatabaseDialog::rowLimit() const
{
    return m_rowLimit->value();
}

void OpenDatabaseDialog::accept()
{
    if (url())
        QDialog::accept();
}
