#pragma once

#include <QToolButton>

// A tool button that may be narrower than its text: it asks for room for `leastChars`
// characters whatever the text says and cuts the rest with "…" where the layout gives it less,
// so a long value chosen in the filter bar neither widens the window nor squeezes the panels
// beside the table. Cut, its tooltip starts with the whole text.
class ElidingToolButton : public QToolButton
{
    Q_OBJECT
public:
    explicit ElidingToolButton(int leastChars, QWidget *parent = nullptr);
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    int m_leastChars;
};
