#pragma once

#include <QDialog>

class QLineEdit;

// Asks for a bookmark's comment: says what is bookmarked (the row or the time range, in the zone
// shown) and offers the comment to type or change.
class BookmarkDialog : public QDialog
{
    Q_OBJECT
public:
    BookmarkDialog(const QString &what, const QString &comment, bool editing,
                   QWidget *parent = nullptr);

    QString comment() const;
    QLineEdit *field() const { return m_comment; }

private:
    QLineEdit *m_comment;
};
