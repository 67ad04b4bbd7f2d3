#include "timezonedialog.h"

#include "displayzone.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole + 1;

QStandardItem *zoneItem(const QByteArray &id, bool recent)
{
    const std::optional<DisplayZone> zone = DisplayZone::named(id);
    const int64_t now = QDateTime::currentSecsSinceEpoch();
    const QString offset = zone ? zone->offsetText(now) : QString();
    auto *item = new QStandardItem(QStringLiteral("%1   %2").arg(QString::fromLatin1(id), offset));
    item->setData(QString::fromLatin1(id), IdRole);
    item->setEditable(false);
    if (recent) {
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
    }
    return item;
}
} // namespace

TimeZoneDialog::TimeZoneDialog(const QStringList &recent, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_zones(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Choose a Time Zone"));
    setObjectName(QStringLiteral("timeZoneDialog"));
    m_search->setObjectName(QStringLiteral("timeZoneSearch"));
    m_search->setPlaceholderText(tr("Search: a city, region or offset (Tokyo, America, +05:30)"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("timeZoneList"));
    m_list->setUniformItemSizes(true);

    QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    for (const QString &id : recent) {
        if (ids.removeAll(id.toLatin1()) > 0)
            m_zones->appendRow(zoneItem(id.toLatin1(), true));
    }
    for (const QByteArray &id : ids)
        m_zones->appendRow(zoneItem(id, false));
    m_filter->setSourceModel(m_zones);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_filter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Times are shown and typed in the zone you choose; the log "
                                    "files themselves are in UTC."),
                                 this));
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(460, 480);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        selectFirst();
    });
    connect(m_list, &QListView::doubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Arrow keys in the search box move through the list.
    m_search->installEventFilter(this);

    const QModelIndexList match =
        m_filter->match(m_filter->index(0, 0), IdRole, current, 1, Qt::MatchExactly);
    if (!match.isEmpty())
        m_list->setCurrentIndex(match.first());
    else
        selectFirst();
    m_search->setFocus();
}

void TimeZoneDialog::selectFirst()
{
    m_list->setCurrentIndex(m_filter->index(0, 0));
}

QString TimeZoneDialog::selectedId() const
{
    return m_list->currentIndex().data(IdRole).toString();
}

QStringList TimeZoneDialog::shownIds() const
{
    QStringList ids;
    for (int r = 0; r < m_filter->rowCount(); ++r)
        ids << m_filter->index(r, 0).data(IdRole).toString();
    return ids;
}

bool TimeZoneDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp
            || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
