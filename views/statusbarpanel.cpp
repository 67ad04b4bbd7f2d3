#include "statusbarpanel.h"

#include "clickhouseurl.h"

#include "logfiltermodel.h"
#include "logsession.h"
#include "timeformat.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>

StatusBarPanel::StatusBarPanel(QWidget *parent)
    : QWidget(parent)
    , m_refresh(new QTimer(this))
    , m_rows(new QLabel(this))
    , m_malformed(new QLabel(this))
    , m_files(new QLabel(this))
    , m_span(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    for (QLabel *label : {m_rows, m_malformed, m_files, m_span})
        layout->addWidget(label);
    m_malformed->setCursor(Qt::PointingHandCursor);
    m_malformed->setToolTip(tr("Show the Problems list"));
    m_malformed->installEventFilter(this);
    // Counts change with every batch; the status bar only needs a few updates a second.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(100);
    connect(m_refresh, &QTimer::timeout, this, &StatusBarPanel::refresh);
}

void StatusBarPanel::watch(LogSession *session, const LogFilterModel *filter)
{
    m_session = session;
    m_filter = filter;
    connect(session, &LogSession::countsChanged, m_refresh, [this] {
        if (!m_refresh->isActive())
            m_refresh->start();
    });
    connect(session, &LogSession::loadFinished, this, &StatusBarPanel::refresh);
    connect(filter, &LogFilterModel::filterChanged, this, &StatusBarPanel::refresh);
}

void StatusBarPanel::setDisplayZone(const DisplayZone &zone)
{
    m_zone = zone;
    refresh();
}

void StatusBarPanel::refresh()
{
    if (!m_session || !m_filter)
        return;
    // The store keeps its span as rows arrive: no row is read here.
    const LogStore &store = m_session->tableModel()->store();
    const qint64 rows = qint64(store.rowCount());
    setCounts(m_filter->rowCount(), rows, qint64(m_session->malformedCount()),
              int(store.files().size()));
    // A database: its address instead of its files.
    if (const std::optional<ClickHouseUrl> url = ClickHouseUrl::opened(m_session->openedPaths())) {
        m_files->setToolTip(m_files->text());
        m_files->setText(url->displayName());
    } else {
        m_files->setToolTip(QString());
    }
    setTimeSpan(rows == 0 ? QString()
                          : TimeFormat(m_zone, locale()).span(store.firstTime(), store.lastTime()));
}

QStringList StatusBarPanel::texts() const
{
    return {m_rows->text(), m_malformed->text(), m_files->text(), m_span->text()};
}

void StatusBarPanel::setCounts(qint64 shownRows, qint64 totalRows, qint64 malformed, int files)
{
    const QLocale locale;
    // %Ln: the count in the locale's digits and grouping, and the right plural form.
    if (shownRows == totalRows)
        m_rows->setText(tr("%Ln row(s)", nullptr, int(totalRows)));
    else
        m_rows->setText(
            tr("%1 of %Ln row(s)", nullptr, int(totalRows)).arg(locale.toString(shownRows)));
    m_malformed->setText(tr("%1 malformed").arg(locale.toString(malformed)));
    m_files->setText(tr("%Ln file(s)", nullptr, files));
}

void StatusBarPanel::setTimeSpan(const QString &span)
{
    m_span->setText(span);
}

bool StatusBarPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_malformed && event->type() == QEvent::MouseButtonRelease)
        Q_EMIT problemsRequested();
    return QWidget::eventFilter(watched, event);
}
