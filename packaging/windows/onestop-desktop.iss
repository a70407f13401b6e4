; Inno Setup 6 script: turns the PyInstaller folder (dist\onestop-desktop) into
; one Windows installer, dist\onestop-desktop-<version>-setup.exe.
;
;   python scripts\build_bundle.py
;   iscc /DAppVersion=0.1.0 packaging\windows\onestop-desktop.iss
;   (or: python scripts\build_bundle.py --installer, which passes the version)
;
; Installs per machine into Program Files (IT installs; officers need no admin
; rights afterwards). The desk's data lives outside the program folder, in each
; Windows user's %LOCALAPPDATA%\onestop-desktop, or, with the "shareddata" task,
; in C:\ProgramData\onestop-desktop for every officer signing in on this PC.
; Uninstalling never deletes the data: it holds the dossiers.
; The file is UTF-8 with a byte order mark (Inno Setup 6 reads it as Unicode).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\onestop-desktop"
#endif
#define AppName "Một cửa — Tiếp nhận hồ sơ"
#define AppExe "onestop-desktop.exe"
#define DataEnv "ONESTOP_DATA_DIR"

[Setup]
; Never change AppId: upgrades find the installed copy by it.
AppId={{6D1C3B0E-8F5A-4E7B-9A2D-0E51A7C4B2F3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Trung tâm Phục vụ hành chính công
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\OnestopDesktop
DefaultGroupName=Một cửa
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=onestop-desktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The desk must be closed to be replaced; Restart Manager asks it to close.
CloseApplications=yes
ChangesEnvironment=yes
; Code signing (recommended: unsigned installers trip SmartScreen):
; SignTool=signtool sign /fd sha256 /tr http://timestamp.example /td sha256 $f

[Languages]
; Inno Setup has no official Vietnamese messages; add the community
; "Vietnamese.isl" to its Languages folder and uncomment the first line.
; Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "Tạo biểu tượng trên màn hình"; GroupDescription: "Biểu tượng:"
Name: "shareddata"; Description: "Dùng chung dữ liệu cho mọi tài khoản Windows trên máy này (C:\ProgramData\onestop-desktop)"; GroupDescription: "Dữ liệu:"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole runtime: no stale library from the previous version.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
Name: "{commonappdata}\onestop-desktop"; Permissions: users-modify; Tasks: shareddata

[Registry]
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: string; ValueName: "{#DataEnv}"; ValueData: "{commonappdata}\onestop-desktop"; Flags: uninsdeletevalue; Tasks: shareddata

[Icons]
Name: "{autoprograms}\Một cửa — Tiếp nhận hồ sơ"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\Một cửa — Tiếp nhận hồ sơ"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "Mở chương trình"; Flags: nowait postinstall skipifsilent
