#pragma once
#include <QMainWindow>
namespace tokdeck {
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};
}
