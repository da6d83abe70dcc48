#include "MainWindow.h"
#include <QApplication>
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    tokdeck::MainWindow window;
    window.show();
    return app.exec();
}
