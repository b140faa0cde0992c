# Packages and installers: desktop integration files for Linux and the CPack configuration for every
# platform. Included once, at the end of the top-level CMakeLists.txt, after app/ has defined the targets and
# their install rules. One version number everywhere: the project VERSION.
#
#   Linux:   cpack -G DEB | RPM | TGZ    (.deb / .rpm depend on the distribution's Qt 6 packages)
#   Windows: cpack -G NSIS | WIX | ZIP   (Qt deployed next to the executables by windeployqt)
#   macOS:   cpack -G DragNDrop          (CallWatch.app with Qt inside it, by macdeployqt)
#
# installer/check-deb.sh builds the .deb and installs it into a clean Debian 12 root to prove it works.
include_guard(GLOBAL)
include(GNUInstallDirs)

set(CALLWATCH_APP_ID "app.callwatch.CallWatch")
set(callwatch_installer_dir "${PROJECT_SOURCE_DIR}/installer")
set(callwatch_icon_dir "${PROJECT_SOURCE_DIR}/resources/icons/app")
set(callwatch_icon_sizes 16 24 32 48 64 128 256 512)

# Raw-file address of the repository, for the AppStream screenshots (docs/*.png on the main branch).
string(REGEX REPLACE "^https://github\\.com/" "https://raw.githubusercontent.com/" callwatch_raw_base
    "${PROJECT_HOMEPAGE_URL}")
set(CALLWATCH_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CALLWATCH_RAW_URL "${callwatch_raw_base}/main")

# The AppStream file lists the releases; the newest must be this version, or software centres would show a
# stale one.
set(callwatch_metainfo_in "${callwatch_installer_dir}/linux/${CALLWATCH_APP_ID}.metainfo.xml.in")
file(STRINGS "${callwatch_metainfo_in}" callwatch_releases REGEX "<release version=")
list(GET callwatch_releases 0 callwatch_newest_release)
string(REGEX REPLACE ".*version=\"([^\"]+)\".*" "\\1" callwatch_newest_release "${callwatch_newest_release}")
if(NOT callwatch_newest_release STREQUAL PROJECT_VERSION)
    message(FATAL_ERROR "installer/linux/${CALLWATCH_APP_ID}.metainfo.xml.in: newest <release> is "
        "${callwatch_newest_release} but the project VERSION is ${PROJECT_VERSION}; add a <release> entry.")
endif()

# --- Linux desktop integration (freedesktop.org layout under the install prefix) ---------------------------
if(UNIX AND NOT APPLE)
    configure_file("${callwatch_metainfo_in}" "${PROJECT_BINARY_DIR}/${CALLWATCH_APP_ID}.metainfo.xml" @ONLY)
    install(FILES "${callwatch_installer_dir}/linux/${CALLWATCH_APP_ID}.desktop"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES "${PROJECT_BINARY_DIR}/${CALLWATCH_APP_ID}.metainfo.xml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/callwatch.svg"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${CALLWATCH_APP_ID}.svg)
    foreach(size IN LISTS callwatch_icon_sizes)
        install(FILES "${callwatch_icon_dir}/callwatch-${size}.png"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ${CALLWATCH_APP_ID}.png)
    endforeach()
endif()

# --- CPack: common --------------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "callwatch")
set(CPACK_PACKAGE_VENDOR "CallWatch")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "CallWatch is a desktop dashboard for call-center supervisors who run AI phone calls through \
Dialgen's REST API. It keeps a live table of every tracked call and batch (polling politely and \
receiving webhooks), a local history with trends and alert rules, and a full-screen wallboard. \
A built-in simulator (callwatch --demo, or callwatch-sim) lets it be tried without an account.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "CallWatch maintainers <maintainers@callwatch.app>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "CallWatch")
set(CPACK_PACKAGE_EXECUTABLES "callwatch" "CallWatch") # Start-menu shortcut (NSIS, WiX)
set(CPACK_CREATE_DESKTOP_LINKS "callwatch")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)
if(APPLE)
    set(CPACK_PACKAGE_ICON "${callwatch_icon_dir}/callwatch.icns") # the disk image's volume icon
endif()
if(EXISTS "${PROJECT_SOURCE_DIR}/LICENSE")
    set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
    set(callwatch_license "SEE LICENSE FILE")
else()
    set(callwatch_license "Proprietary")
endif()

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(CPACK_GENERATOR "DEB;TGZ")
    find_program(CALLWATCH_RPMBUILD rpmbuild)
    if(CALLWATCH_RPMBUILD)
        list(APPEND CPACK_GENERATOR "RPM")
    endif()
elseif(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "TGZ")
endif()

set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/\\.cache/" "\\.swp$" "\\.user$")

# --- Debian (.deb) --------------------------------------------------------------------------------------------
# Depends = what dpkg-shlibdeps finds for the linked libraries (libqt6core6, libqt6gui6, libqt6widgets6,
# libqt6network6, libqt6sql6, libqt6svg6, libqt6charts6, libqt6httpserver6, libqt6keychain1, libc6, ...)
# plus what is loaded at run time and so invisible to it: the Qt platform plugins, the SQLite driver, the SVG
# icon engine and image plugin, Qt WebSockets (Qt HTTP Server's), and libsecret (QtKeychain dlopen()s it).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qt6-qpa-plugins (>= 6.4), libqt6sql6-sqlite (>= 6.4), libqt6svg6 (>= 6.4), libqt6websockets6 (>= 6.4), \
libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# --- RPM ------------------------------------------------------------------------------------------------------
# Library requirements come from rpmbuild's automatic dependency scan; the run-time plugins need naming, and
# their package names differ between distributions (the default names are Fedora's).
set(CALLWATCH_RPM_REQUIRES "qt6-qtbase-gui, qt6-qtsvg, libsecret"
    CACHE STRING "Requires: of the .rpm beyond the libraries found automatically")
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_LICENSE "${callwatch_license}")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Communications")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_REQUIRES "${CALLWATCH_RPM_REQUIRES}")
# Directories owned by the distribution's filesystem / hicolor-icon-theme packages, not by CallWatch.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)
foreach(size IN LISTS callwatch_icon_sizes)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()

# --- Windows: NSIS installer (and WiX .msi) --------------------------------------------------------------------
file(TO_NATIVE_PATH "${callwatch_icon_dir}/callwatch.ico" callwatch_ico_native)
set(CPACK_NSIS_PACKAGE_NAME "CallWatch ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "CallWatch")
set(CPACK_NSIS_MUI_ICON "${callwatch_ico_native}")
set(CPACK_NSIS_MUI_UNIICON "${callwatch_ico_native}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\callwatch.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall CallWatch")
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_BRANDING_TEXT "CallWatch ${PROJECT_VERSION}")
set(CPACK_NSIS_MENU_LINKS "${PROJECT_HOMEPAGE_URL}" "CallWatch website")

# Fixed forever: Windows Installer recognises older CallWatch .msi packages by it and upgrades them.
set(CPACK_WIX_UPGRADE_GUID "6E0B3C5A-2F1D-4C8B-9A57-3D2E8F14B6C1")
set(CPACK_WIX_PRODUCT_ICON "${callwatch_icon_dir}/callwatch.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "CallWatch")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")

# --- macOS: disk image ----------------------------------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME "CallWatch ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")

include(CPack)

# --- Checks of the Linux desktop integration, run by ctest (and so by CI) --------------------------------
# desktop-file-validate and appstream-util come from installer/bootstrap-debian.sh. When one is missing the
# check fails with a message saying what to install; it is never skipped.
if(CALLWATCH_BUILD_TESTS AND UNIX AND NOT APPLE)
    find_program(CALLWATCH_DESKTOP_FILE_VALIDATE desktop-file-validate)
    find_program(CALLWATCH_APPSTREAM_UTIL appstream-util)
    set(callwatch_desktop_file "${callwatch_installer_dir}/linux/${CALLWATCH_APP_ID}.desktop")
    set(callwatch_metainfo_file "${PROJECT_BINARY_DIR}/${CALLWATCH_APP_ID}.metainfo.xml")
    if(CALLWATCH_DESKTOP_FILE_VALIDATE)
        add_test(NAME validate_desktop_file COMMAND ${CALLWATCH_DESKTOP_FILE_VALIDATE} ${callwatch_desktop_file})
    else()
        add_test(NAME validate_desktop_file COMMAND ${CMAKE_COMMAND} -E echo
            "desktop-file-validate not found: apt-get install desktop-file-utils")
        set_tests_properties(validate_desktop_file PROPERTIES WILL_FAIL ON)
    endif()
    if(CALLWATCH_APPSTREAM_UTIL)
        # --nonet: the screenshot links point at the public repository; the check must not need a network.
        add_test(NAME validate_metainfo
            COMMAND ${CALLWATCH_APPSTREAM_UTIL} validate-relax --nonet ${callwatch_metainfo_file})
    else()
        add_test(NAME validate_metainfo COMMAND ${CMAKE_COMMAND} -E echo
            "appstream-util not found: apt-get install appstream-util")
        set_tests_properties(validate_metainfo PROPERTIES WILL_FAIL ON)
    endif()
endif()
