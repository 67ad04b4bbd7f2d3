#pragma once

#include "timeformat.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asks for a time in the zone times are shown in (named in the dialog) and says how it reads
// it as the user types; OK only while the text is a time.
class GoToTimeDialog : public QDialog
{
    Q_OBJECT
public:
    GoToTimeDialog(const TimeFormat &format, int64_t initial, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    // The time typed, in UTC seconds; none when the text is not a time.
    std::optional<int64_t> time() const;

private:
    void check();

    TimeFormat m_format;
    QLineEdit *m_field;
    QLabel *m_reading;
    QDialogButtonBox *m_buttons;
};
