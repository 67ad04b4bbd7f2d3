#include "requestspanel.h"

#include "requestfilterbar.h"
#include "requesttablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

RequestsPanel::RequestsPanel(RequestTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filterBar(new RequestFilterBar(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_hint(new QLabel(noAccessLogsText(), this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("requestsPanel"));
    m_view->setObjectName(QStringLiteral("requestsTable"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setHighlightSections(false);
    QHeaderView *rows = m_view->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setMargin(24);
    m_count->setContentsMargins(6, 0, 6, 2);

    auto *table = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(table);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    tableLayout->addWidget(m_filterBar);
    tableLayout->addWidget(m_count);
    tableLayout->addWidget(m_view, 1);
    m_pages->addWidget(m_hint);
    m_pages->addWidget(table);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(model, &QAbstractItemModel::rowsInserted, this, &RequestsPanel::updateCount);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        updatePage();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &RequestsPanel::updatePage);
    connect(model->log(), &RequestLog::rowsAppended, this, &RequestsPanel::updatePage);
    connect(model->log(), &RequestLog::ready, this, [this] {
        m_view->setSortingEnabled(true); // sorts by the header's column: none, log order
        sizeColumns();
        updateCount();
    });
    connect(model->log(), &RequestLog::aboutToReset, this,
            [this] { m_view->setSortingEnabled(false); });
    updateCount();
    updatePage();
    sizeColumns();
}

QString RequestsPanel::noAccessLogsText()
{
    return tr("No IIS access log is loaded. Open the u_ex*.log files, or the folder or zip that "
              "holds them, together with the httperr logs to see the requests IIS logged.");
}

void RequestsPanel::updatePage()
{
    m_pages->setCurrentIndex(m_model->log()->rowCount() > 0 ? 1 : 0);
}

void RequestsPanel::updateCount()
{
    const QLocale locale;
    const size_t all = m_model->log()->rowCount();
    const int shown = m_model->rowCount();
    m_count->setText(
        size_t(shown) == all
            ? tr("%Ln request(s)", nullptr, shown)
            : tr("%1 of %Ln request(s)", nullptr, int(all)).arg(locale.toString(shown)));
}

void RequestsPanel::sizeColumns()
{
    const QFontMetrics fm = m_view->fontMetrics();
    const int digit = fm.horizontalAdvance(QLatin1Char('0'));
    QHeaderView *header = m_view->horizontalHeader();
    for (int c = 0; c < RequestTableModel::ColumnCount; ++c) {
        int chars = 10;
        switch (c) {
        case RequestTableModel::Time:
            chars = 21;
            break;
        case RequestTableModel::Url:
        case RequestTableModel::UserAgent:
            chars = 30;
            break;
        case RequestTableModel::ClientIp:
        case RequestTableModel::ServerIp:
            chars = 15;
            break;
        case RequestTableModel::Query:
            chars = 16;
            break;
        default:
            chars = std::max(6, int(m_model->headerData(c, Qt::Horizontal).toString().size()));
            break;
        }
        header->resizeSection(c, chars * digit + 16);
        const bool oneServer = m_model->log()->store().fileSet().serverCount() < 2;
        m_view->setColumnHidden(c, !m_model->hasColumn(c)
                                       || (c == RequestTableModel::Server && oneServer));
    }
}
