#include "MainWindow.h"
namespace tokdeck {
MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {}
}
