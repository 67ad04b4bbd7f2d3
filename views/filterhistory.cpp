#include "filterhistory.h"

#include "filterdescription.h"

#include <QAction>
#include <QApplication>
#include <QMouseEvent>
#include <QUndoStack>
#include <QWidget>

namespace {
enum class TextField : uint8_t { None, ClientIp, Url, From, To };

// The one text field that differs between `a` and `b`, if nothing else does.
TextField onlyTextField(const FilterState &a, const FilterState &b)
{
    FilterState c = a;
    TextField field = TextField::None;
    if (a.clientIp != b.clientIp) {
        c.clientIp = b.clientIp;
        field = TextField::ClientIp;
    }
    if (a.url != b.url) {
        c.url = b.url;
        field = field == TextField::None ? TextField::Url : TextField::None;
    }
    return c == b ? field : TextField::None;
}

QString describe(const FilterState &state)
{
    const QStringList lines = FilterDescription::lines(state);
    return lines.isEmpty() ? FilterHistory::tr("no filters") : lines.join(QStringLiteral("; "));
}
} // namespace

// One filter change: before and after.
class FilterHistory::Step : public QUndoCommand
{
public:
    Step(FilterHistory *history, FilterState before, FilterState after)
        : m_history(history)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_typing(onlyTextField(m_before, m_after))
    {}

    int id() const override { return 1; }
    void undo() override { m_history->m_apply(m_before); }
    void redo() override { m_history->m_apply(m_after); }
    bool mergeWith(const QUndoCommand *other) override
    {
        // Typing on in the same field (each pause applies the text so far) is one step.
        const auto *next = static_cast<const Step *>(other);
        if (m_typing == TextField::None || next->m_typing != m_typing || next->m_before != m_after)
            return false;
        m_after = next->m_after;
        return true;
    }
    const FilterState &before() const { return m_before; }
    const FilterState &after() const { return m_after; }

private:
    FilterHistory *m_history;
    FilterState m_before;
    FilterState m_after;
    TextField m_typing;
};

FilterHistory::FilterHistory(Apply apply, QWidget *window)
    : QObject(window)
    , m_apply(std::move(apply))
    , m_window(window)
    , m_stack(new QUndoStack(this))
    , m_undo(new QAction(tr("&Undo Filter Change"), this))
    , m_redo(new QAction(tr("&Redo Filter Change"), this))
{
    // The platform's keys, and those of a browser's Back and Forward.
    QList<QKeySequence> undoKeys = QKeySequence::keyBindings(QKeySequence::Undo);
    undoKeys << QKeySequence::keyBindings(QKeySequence::Back) << QKeySequence(Qt::Key_Back);
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(tr("Ctrl+Shift+Z"))))
        redoKeys << QKeySequence(tr("Ctrl+Shift+Z"));
    redoKeys << QKeySequence::keyBindings(QKeySequence::Forward) << QKeySequence(Qt::Key_Forward);
    m_undo->setShortcuts(undoKeys);
    m_redo->setShortcuts(redoKeys);
    window->addAction(m_undo);
    window->addAction(m_redo);
    connect(m_undo, &QAction::triggered, m_stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, m_stack, &QUndoStack::redo);
    connect(m_stack, &QUndoStack::indexChanged, this, &FilterHistory::updateActions);
    updateActions();
    qApp->installEventFilter(this);
}

FilterHistory::~FilterHistory()
{
    qApp->removeEventFilter(this);
}

void FilterHistory::change(const FilterState &state)
{
    if (state == m_current)
        return;
    auto *step = new Step(this, m_current, state);
    m_current = state;
    m_stack->push(step); // applies it
}

void FilterHistory::reset(const FilterState &state)
{
    m_stack->clear();
    m_current = state;
    m_apply(state);
    updateActions();
}

void FilterHistory::updateActions()
{
    // After an undo or redo, the state in force is the one that step put in force.
    const int index = m_stack->index();
    if (index > 0)
        m_current = static_cast<const Step *>(m_stack->command(index - 1))->after();
    else if (m_stack->count() > 0)
        m_current = static_cast<const Step *>(m_stack->command(0))->before();
    m_undo->setEnabled(m_stack->canUndo());
    m_redo->setEnabled(m_stack->canRedo());
    m_undo->setToolTip(
        m_stack->canUndo()
            ? tr("Back to: %1")
                  .arg(describe(static_cast<const Step *>(m_stack->command(index - 1))->before()))
            : tr("No filter change to undo"));
    m_redo->setToolTip(
        m_stack->canRedo()
            ? tr("Again: %1")
                  .arg(describe(static_cast<const Step *>(m_stack->command(index))->after()))
            : tr("No filter change to redo"));
}

bool FilterHistory::eventFilter(QObject *watched, QEvent *event)
{
    // A mouse's Back and Forward buttons anywhere over the window.
    if (event->type() == QEvent::MouseButtonPress) {
        auto *widget = qobject_cast<QWidget *>(watched);
        const auto button = static_cast<QMouseEvent *>(event)->button();
        if (widget && widget->window() == m_window
            && (button == Qt::BackButton || button == Qt::ForwardButton)) {
            if (button == Qt::BackButton)
                m_stack->undo();
            else
                m_stack->redo();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
