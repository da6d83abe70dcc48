#pragma once

#include <QWidget>

class QGroupBox;
class QLineEdit;
class QListView;
class QPlainTextEdit;

namespace tokdeck {

class AccountTargetsModel;

// Pick the TikTok accounts a post goes to; for the highlighted (checked) account, optionally
// give it its own caption and title instead of the shared ones.
class AccountTargetsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountTargetsEditor)

public:
    explicit AccountTargetsEditor(AccountTargetsModel *model, QWidget *parent = nullptr);

private:
    void showOverrideFor(int row);
    void storeOverride();

    AccountTargetsModel *m_model;
    QListView *m_view;
    QGroupBox *m_overrideBox;
    QPlainTextEdit *m_ownCaption;
    QLineEdit *m_ownTitle;
    int m_row = -1;
};

} // namespace tokdeck
