#include "rememberedfilters.h"

#include "filterdescription.h"
#include "logfiltermodel.h"
#include "logsession.h"
#include "noticebar.h"

#include <QLocale>

namespace {
const QString NoticeKind = QStringLiteral("rememberedFilters");
} // namespace

RememberedFilters::RememberedFilters(NoticeBar *notices, LogSession *session, LogFilterModel *model,
                                     std::function<void()> clear, QObject *parent)
    : QObject(parent)
    , m_notices(notices)
    , m_session(session)
    , m_model(model)
    , m_clear(std::move(clear))
    , m_armed(!model->filterState().isEmpty())
{
    connect(session, &LogSession::loadFinished, this, [this](bool cancelled) {
        if (!cancelled)
            announce();
        m_armed = false;
    });
    // Filters chosen now (the command line's, or by hand) are no longer last time's.
    connect(model, &LogFilterModel::filterChanged, this, [this] {
        m_armed = false;
        m_notices->dismiss(NoticeKind);
    });
}

void RememberedFilters::announce()
{
    const qint64 total = m_session->tableModel()->rowCount();
    const qint64 shown = m_model->rowCount();
    if (!m_armed || shown >= total)
        return;
    const QLocale locale;
    const QStringList filters =
        FilterDescription::lines(m_model->filterState(), m_session->tableModel()->timeFormat());
    m_notices->showNotice(NoticeKind,
                          tr("Filters from last time hide %1 of %2 rows (%3).")
                              .arg(locale.toString(total - shown), locale.toString(total),
                                   filters.join(QStringLiteral("; "))),
                          tr("Clear Filters"), m_clear);
}
