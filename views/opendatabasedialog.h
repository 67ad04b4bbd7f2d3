#pragma once

#include "clickhouseurl.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QSpinBox;

// File → Open Database…: where the logs are in ClickHouse (the address, a user, a cluster to
// read across), the password, and the most rows the table takes. The password is only handed
// over, never stored.
class OpenDatabaseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenDatabaseDialog(QWidget *parent = nullptr);

    // Fills the fields from an address (the one shown, or the last one opened).
    void setUrl(const ClickHouseUrl &url);
    // The address the fields make, or nothing with the reason shown in the dialog.
    std::optional<ClickHouseUrl> url() const;
    QString password() const;
    void setRowLimit(int rows);
    int rowLimit() const;

    void accept() override;

private:
    QLineEdit *m_address;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_cluster;
    QSpinBox *m_rowLimit;
    QLabel *m_error;
};
