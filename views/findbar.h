#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

// The find bar over the table: a text, previous and next, how many rows match and which one is
// current, and a close button. Enter finds the next match, Shift+Enter the previous one, Escape
// closes the bar (and does not clear the filters). Hidden until shown with open().
class FindBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int TypingPauseMs = 200;

    explicit FindBar(QWidget *parent = nullptr);

    // Shows the bar and puts the focus in the text, selected.
    void open();
    QString text() const;
    void setText(const QString &text);
    // "3 of 120 rows", "120 rows", "No row contains it" (with the field marked).
    void showCount(int current, int total);
    QLineEdit *field() const { return m_field; }

Q_SIGNALS:
    // The text changed (after a short pause in typing, at once on Enter).
    void textChanged(const QString &text);
    // direction 1: next, -1: previous.
    void stepRequested(int direction);
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commit();

    QLineEdit *m_field;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_count;
    QTimer *m_typing;
    QString m_committed;
};
