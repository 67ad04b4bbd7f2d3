#include "relatedrequestspanel.h"

#include "relatedrequests.h"
#include "requestlog.h"
#include "requesttablemodel.h"
#include "textdecode.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr int ShownRows = 4;

QString fieldText(const LogStore &store, LogField field, size_t row)
{
    const int column = store.columnOf(field);
    const std::string_view text = column < 0 ? std::string_view() : store.text(size_t(column), row);
    return TextDecode::toQString(text);
}
} // namespace

RelatedRequestsPanel::RelatedRequestsPanel(RequestLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_model(new RequestTableModel(log, this))
    , m_title(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("relatedRequests"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_title->setContentsMargins(6, 4, 6, 2);
    connect(m_title, &QLabel::linkActivated, this, [this] {
        if (m_state)
            Q_EMIT showAllRequested(*m_state);
    });
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    QHeaderView *rows = m_view->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setFixedHeight(m_view->horizontalHeader()->sizeHint().height()
                           + ShownRows * rows->defaultSectionSize() + 2 * m_view->frameWidth());
    for (int c : {int(RequestTableModel::Server), int(RequestTableModel::UserAgent),
                  int(RequestTableModel::Username), int(RequestTableModel::ServerIp),
                  int(RequestTableModel::ServerPort), int(RequestTableModel::ClientIp),
                  int(RequestTableModel::Method), int(RequestTableModel::Substatus)})
        m_view->setColumnHidden(c, true);
    m_view->horizontalHeader()->resizeSection(
        RequestTableModel::Time,
        m_view->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00:00 PM")) + 16);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(RequestTableModel::Url, 26 * digit);
    header->resizeSection(RequestTableModel::Query, 12 * digit);
    for (int c : {int(RequestTableModel::Status), int(RequestTableModel::Win32Status),
                  int(RequestTableModel::TimeTaken)})
        header->resizeSection(
            c, std::max(9 * digit, m_view->fontMetrics().horizontalAdvance(
                                       m_model->headerData(c, Qt::Horizontal).toString())
                                       + 24));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_title);
    layout->addWidget(m_view);

    connect(log, &RequestLog::resetDone, this, &RelatedRequestsPanel::updateVisibility);
    connect(log, &RequestLog::rowsAppended, this, &RelatedRequestsPanel::updateVisibility);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RelatedRequestsPanel::describe);
    updateVisibility();
}

void RelatedRequestsPanel::updateVisibility()
{
    setVisible(m_log->rowCount() > 0);
    describe();
}

void RelatedRequestsPanel::setTimeFormat(const TimeFormat &format)
{
    m_model->setTimeFormat(format);
}

void RelatedRequestsPanel::showRow(const LogStore &store, size_t row)
{
    m_state = RelatedRequests::filterFor(store, row);
    m_clientIp = row < store.rowCount() ? fieldText(store, LogField::ClientIp, row) : QString();
    m_url = row < store.rowCount()
                ? fieldText(store, LogField::Uri, row).section(QLatin1Char('?'), 0, 0)
                : QString();
    RequestFilterState nothing;
    nothing.from = 1; // a window no request ends in
    nothing.to = 0;
    m_model->setFilterState(m_state ? *m_state : nothing);
    describe();
}

QString RelatedRequestsPanel::summary() const
{
    if (!m_state && m_clientIp.isEmpty() && m_url.isEmpty())
        return tr("Select an error row to see the access-log requests from its client to its "
                  "URL.");
    if (!m_state)
        return tr("This row has no client IP or URL to find its requests by.");
    const int n = m_model->rowCount();
    if (n == 0)
        return tr("No access-log request from %1 to %2 ended within 2 minutes of this row.")
            .arg(m_clientIp, m_url);
    return tr("%Ln access-log request(s) from %1 to %2 ended within 2 minutes of this row.",
              nullptr, n)
        .arg(m_clientIp, m_url);
}

void RelatedRequestsPanel::describe()
{
    const bool any = m_state && m_model->rowCount() > 0;
    m_view->setVisible(any);
    QString text = summary().toHtmlEscaped();
    if (any)
        text += QStringLiteral(" <a href=\"#\">%1</a>").arg(tr("Show in the Requests tab"));
    m_title->setText(text);
}
