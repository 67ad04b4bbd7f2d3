#include "emptytablenotice.h"

#include "filterdescription.h"
#include "logfiltermodel.h"
#include "logsession.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLocale>

EmptyTableNotice::EmptyTableNotice(QAbstractItemView *table, LogSession *session,
                                   LogFilterModel *model)
    : QLabel(table->viewport())
    , m_table(table)
    , m_session(session)
    , m_model(model)
{
    setObjectName(QStringLiteral("emptyTableNotice"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setForegroundRole(QPalette::PlaceholderText);
    table->viewport()->installEventFilter(this);
    connect(this, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("clear"))
            Q_EMIT clearFiltersRequested();
    });
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyTableNotice::refresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyTableNotice::refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyTableNotice::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyTableNotice::refresh);
    connect(model, &LogFilterModel::filterChanged, this, &EmptyTableNotice::refresh);
    connect(session, &LogSession::loadStarted, this, &EmptyTableNotice::refresh);
    connect(session, &LogSession::loadFinished, this, &EmptyTableNotice::refresh);
    refresh();
}

QString EmptyTableNotice::why() const
{
    const qint64 total = m_session->tableModel()->rowCount();
    if (total == 0) {
        if (m_session->isLoading())
            return tr("Loading…");
        if (m_session->openedPaths().isEmpty())
            return tr("No file is open. Open HTTP.sys error logs with File → Open or drop them "
                      "here.");
        return tr("No rows were read from the opened files. The Problems list says why.");
    }
    QStringList reasons;
    for (const FilterError &error : m_model->errors())
        reasons << error.message;
    if (reasons.isEmpty())
        reasons =
            FilterDescription::lines(m_model->filterState(), m_session->tableModel()->timeFormat());
    QString html = QStringLiteral("<p>%1</p>")
                       .arg(tr("No row passes the filters: %1.")
                                .arg(reasons.join(QStringLiteral("; ")))
                                .toHtmlEscaped());
    html += QStringLiteral("<p><a href='clear'>%1</a></p>")
                .arg(tr("Clear filters (%L1 rows)").arg(total).toHtmlEscaped());
    return html;
}

void EmptyTableNotice::refresh()
{
    const bool empty = m_model->rowCount() == 0;
    setVisible(empty);
    if (!empty)
        return;
    setText(why());
    place();
}

void EmptyTableNotice::place()
{
    const QRect area = m_table->viewport()->rect().adjusted(24, 24, -24, -24);
    setGeometry(area.x(), area.y(), area.width(), std::min(area.height(), 160));
    raise();
}

bool EmptyTableNotice::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        place();
    return QLabel::eventFilter(watched, event);
}
