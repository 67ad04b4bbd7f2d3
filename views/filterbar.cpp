#include "filterbar.h"

#include "elidingtoolbutton.h"
#include "reasonlistmodel.h"
#include "reasonpicker.h"
#include "serverlistmodel.h"
#include "serverpicker.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const char *const HelpProperty = "filterHelp";

QString fieldTitle(FilterField field)
{
    switch (field) {
    case FilterField::Status:
        return FilterBar::tr("Status");
    case FilterField::Site:
        return FilterBar::tr("Site");
    case FilterField::Queue:
        return FilterBar::tr("Queue");
    case FilterField::Method:
        return FilterBar::tr("Method");
    case FilterField::ServerPort:
        return FilterBar::tr("Server port");
    default:
        return {};
    }
}

// Parses a from/to field: empty is an open end, anything else must be a time in `format`'s
// zone (a date alone is the start of that day for "from", its last second for "to").
std::optional<int64_t> parseTime(const TimeFormat &format, const QString &text, bool end,
                                 QString &error)
{
    error.clear();
    if (text.trimmed().isEmpty())
        return std::nullopt;
    const auto t = format.parse(text, end);
    if (!t)
        error = FilterBar::tr("“%1” is not a time. Use %2 or ISO 8601 (2026-03-10 14:05:00); "
                              "times are in %3 unless they end in Z or an offset.")
                    .arg(text.trimmed(), format.dateTime(1773151500), format.zoneLabel(1773151500));
    return t;
}
} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_reasons(new ReasonPicker(this))
    , m_servers(new ServerPicker(this))
    , m_extras(new QHBoxLayout)
    , m_clear(new QToolButton(this))
    , m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("filterBar"));
    // The fields in a row; the filters on other columns (status, method, site, queue, port) in a
    // row of their own below, when there are any, so they never widen the bar.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(6, 4, 6, 4);
    rows->setSpacing(4);
    auto *layout = new QHBoxLayout;
    layout->setSpacing(6);
    rows->addLayout(layout);
    rows->addLayout(m_extras);
    layout->addWidget(m_reasons);
    layout->addWidget(m_servers);
    m_servers->hide();
    connect(m_servers, &ServerPicker::renameRequested, this, &FilterBar::renameServerRequested);
    m_clientIp = addField(QStringLiteral("clientIpFilter"), tr("Client IP"),
                          tr("Client IP: an address (with or without %scope), a list "
                             "separated by commas, a block (10.1.0.0/16, 2001:db8::/32), a "
                             "wildcard (10.1.*); put ! before an item to hide it."),
                          13);
    m_url = addField(QStringLiteral("urlFilter"), tr("URL contains"),
                     tr("URL, ignoring case: text found anywhere; with * or ? a pattern for "
                        "the whole URL (*.php); re: then a regular expression (re:^/api/); "
                        "! first to hide what matches."),
                     18);
    // Narrow at the least (they stretch when there is room): with the server picker too, a
    // 1024-pixel window keeps room for the Explanation panel.
    m_from = addField(QStringLiteral("fromFilter"), QString(), QString(), 14);
    m_to = addField(QStringLiteral("toFilter"), QString(), QString(), 14);
    describeTimeFields();
    // Spare room goes to the URL and the times, whose full text is the longest.
    for (QLineEdit *field : {m_clientIp, m_url, m_from, m_to})
        layout->addWidget(field, field == m_clientIp ? 1 : 2);
    m_extras->setSpacing(4);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear all"));
    m_clear->setToolTip(tr("Remove every filter"));
    layout->addWidget(m_clear);

    m_typing->setSingleShot(true);
    m_typing->setInterval(TypingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &FilterBar::applyFields);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clearAll);
    showState();
}

QLineEdit *FilterBar::addField(const QString &name, const QString &placeholder, const QString &help,
                               int widthChars)
{
    auto *field = new QLineEdit(this);
    field->setObjectName(name);
    field->setPlaceholderText(placeholder);
    field->setToolTip(help);
    field->setProperty(HelpProperty, help);
    field->setClearButtonEnabled(true);
    field->setMinimumWidth(fontMetrics().horizontalAdvance(QString(widthChars, QLatin1Char('0'))));
    field->installEventFilter(this);
    connect(field, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    // Enter applies at once and shows how the text was read (a time in the zone's format).
    connect(field, &QLineEdit::returnPressed, this, [this] {
        applyFields();
        showState();
    });
    // The clear button changes the text without textEdited.
    connect(field, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            m_typing->start();
    });
    return field;
}

void FilterBar::setTimeFormat(const TimeFormat &format)
{
    // What was typed and not yet applied is read in the zone it was typed for.
    if (m_typing->isActive())
        applyFields();
    m_timeFormat = format;
    describeTimeFields();
    m_fromError.clear();
    m_toError.clear();
    showState();
}

void FilterBar::describeTimeFields()
{
    const QString zone = m_timeFormat.displayZone().isUtc() ? QStringLiteral("UTC")
                                                            : m_timeFormat.displayZone().name();
    const QString example = m_timeFormat.dateTime(1773151500); // 2026-03-10 14:05:00 UTC
    m_from->setPlaceholderText(tr("From (%1)").arg(zone));
    m_to->setPlaceholderText(tr("To (%1)").arg(zone));
    m_from->setProperty(HelpProperty,
                        tr("Earliest time shown, inclusive, in %1: %2 or ISO 8601. Empty: from "
                           "the start.")
                            .arg(zone, example));
    m_to->setProperty(HelpProperty, tr("Latest time shown, inclusive, in %1: %2 or ISO 8601. "
                                       "Empty: to the end.")
                                        .arg(zone, example));
    markFields();
}

void FilterBar::setReasonModel(ReasonListModel *model)
{
    m_reasonModel = model;
    m_reasons->setModel(model);
    connect(model, &ReasonListModel::selectionEdited, this, [this] {
        FilterState next = m_state;
        next.reasons = m_reasonModel->includeList();
        next.excludedReasons = m_reasonModel->excludeList();
        commit(next);
    });
}

void FilterBar::setServerModel(ServerListModel *model)
{
    m_serverModel = model;
    m_servers->setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &FilterBar::updateServerPicker);
    updateServerPicker();
    connect(model, &ServerListModel::selectionEdited, this, [this] {
        FilterState next = m_state;
        next.servers = m_serverModel->includeList();
        next.excludedServers = m_serverModel->excludeList();
        commit(next);
    });
}

void FilterBar::updateServerPicker()
{
    // A filter on servers stays visible (and removable) whatever is loaded.
    m_servers->setVisible((m_serverModel && m_serverModel->rowCount() >= 2)
                          || !m_state.servers.isEmpty() || !m_state.excludedServers.isEmpty());
}

void FilterBar::renameServer(const QString &from, const QString &to)
{
    FilterState next = m_state;
    if (next.renameServer(from, to))
        commit(next);
}

void FilterBar::setState(const FilterState &state)
{
    m_typing->stop();
    m_state = state;
    m_fromError.clear();
    m_toError.clear();
    showState();
}

void FilterBar::setErrors(const QList<FilterError> &errors)
{
    m_errors = errors;
    markFields();
}

void FilterBar::applyCellFilter(FilterField field, const QString &value, bool exclude)
{
    applyFields(); // typed text not yet applied is kept
    FilterState next = m_state;
    if (exclude)
        next.exclude(field, value);
    else
        next.showOnly(field, value);
    commit(next);
    showState();
}

void FilterBar::clearAll()
{
    m_fromError.clear();
    m_toError.clear();
    commit({});
    showState();
}

void FilterBar::focusSearch()
{
    m_url->setFocus(Qt::ShortcutFocusReason);
    m_url->selectAll();
}

void FilterBar::applyFields()
{
    m_typing->stop();
    FilterState next = m_state;
    next.clientIp = m_clientIp->text().trimmed();
    next.url = m_url->text().trimmed();
    next.from = parseTime(m_timeFormat, m_from->text(), false, m_fromError);
    next.to = parseTime(m_timeFormat, m_to->text(), true, m_toError);
    markFields();
    commit(next);
}

void FilterBar::commit(const FilterState &state)
{
    if (state == m_state)
        return;
    m_state = state;
    rebuildExtras();
    updateServerPicker();
    m_clear->setEnabled(!m_state.isEmpty());
    Q_EMIT stateChanged(m_state);
}

void FilterBar::showState()
{
    auto setText = [](QLineEdit *field, const QString &text) {
        if (field->text() != text)
            field->setText(text);
    };
    setText(m_clientIp, m_state.clientIp);
    setText(m_url, m_state.url);
    if (m_fromError.isEmpty())
        setText(m_from, m_state.from ? m_timeFormat.dateTime(*m_state.from) : QString());
    if (m_toError.isEmpty())
        setText(m_to, m_state.to ? m_timeFormat.dateTime(*m_state.to) : QString());
    m_typing->stop(); // setText above is not typing
    rebuildExtras();
    updateServerPicker();
    markFields();
    m_clear->setEnabled(!m_state.isEmpty());
}

void FilterBar::rebuildExtras()
{
    while (QLayoutItem *item = m_extras->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const FilterField field : {FilterField::Status, FilterField::Method, FilterField::Site,
                                    FilterField::Queue, FilterField::ServerPort}) {
        const QString spec = m_state.valueList(field);
        if (spec.trimmed().isEmpty())
            continue;
        auto *button = new ElidingToolButton(8, this); // cut where even the row is too narrow
        button->setText(tr("%1: %2 ✕").arg(fieldTitle(field), spec));
        button->setToolTip(
            tr("Filter on %1: %2. Click to remove it.").arg(fieldTitle(field), spec));
        connect(button, &QToolButton::clicked, this, [this, field] {
            FilterState next = m_state;
            next.clear(field);
            commit(next);
        });
        m_extras->addWidget(button);
    }
    if (m_extras->count() > 0)
        m_extras->addStretch(1);
}

void FilterBar::markFields()
{
    auto errorOf = [this](FilterField field) {
        QStringList messages;
        for (const FilterError &e : m_errors) {
            if (e.field == field)
                messages.append(e.message);
        }
        return messages.join(QLatin1Char('\n'));
    };
    mark(m_clientIp, errorOf(FilterField::ClientIp), m_clientIp->property(HelpProperty).toString());
    mark(m_url, errorOf(FilterField::Url), m_url->property(HelpProperty).toString());
    const QString timeError = errorOf(FilterField::Time);
    mark(m_from, m_fromError.isEmpty() ? timeError : m_fromError,
         m_from->property(HelpProperty).toString());
    mark(m_to, m_toError.isEmpty() ? timeError : m_toError,
         m_to->property(HelpProperty).toString());
}

void FilterBar::mark(QLineEdit *field, const QString &error, const QString &help)
{
    const bool invalid = !error.isEmpty();
    if (field->property("invalid").toBool() == invalid
        && field->toolTip() == (invalid ? error : help))
        return;
    field->setProperty("invalid", invalid);
    field->setStyleSheet(invalid ? QStringLiteral("QLineEdit { border: 2px solid #d0312d; "
                                                  "border-radius: 3px; padding: 1px 2px; }")
                                 : QString());
    field->setToolTip(invalid ? error : help);
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    // Undo and redo in a field step through the filters (the window's history), as everywhere
    // else: the field's own undo would only change its text.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || QKeySequence(key->keyCombination()) == QKeySequence(tr("Ctrl+Shift+Z")))
            return true; // not accepted: the shortcut runs
    }
    return QWidget::eventFilter(watched, event);
}
