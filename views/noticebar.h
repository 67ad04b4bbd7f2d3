#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

// A thin bar above the table for what the user must not miss and may act on: remembered
// filters that hide rows, files that could not be opened, a report no program could show.
// One notice at a time (the newest); a button does what the notice offers, ✕ dismisses it.
class NoticeBar : public QFrame
{
    Q_OBJECT
public:
    explicit NoticeBar(QWidget *parent = nullptr);

    // Shows `text`; with `button` a button of that text that runs `action` and then closes
    // the notice. `kind` names the notice so its sender can close it again (dismiss()).
    void showNotice(const QString &kind, const QString &text, const QString &button = {},
                    std::function<void()> action = {});
    // Closes the notice if it is of `kind` (any notice when empty).
    void dismiss(const QString &kind = {});
    QString kind() const { return m_kind; }
    QString text() const;
    // The action button (hidden when the notice offers none), for tests.
    QPushButton *button() const { return m_button; }

private:
    QLabel *m_text;
    QPushButton *m_button;
    QToolButton *m_close;
    QString m_kind;
    std::function<void()> m_action;
};
