@echo off
rem cchc-report - lap Bao cao ket qua thuc hien Ke hoach CCHC. Can Java 17 tro len.
rem Lan chay dau ghi cac lop Java da nap vao tep luu san (AppCDS) lib\cchc-report.jsa, hoac
rem %LOCALAPPDATA%\cchc-report khi thu muc lib khong ghi duoc; cac lan sau nap thang tu tep do.
rem Tep duoc tao lai khi chuong trinh hay Java doi. Chi bien dich nhanh (C1), mot luong bien dich, it noi dong (inline).
rem Bo thu gom rac mac dinh (G1): ParallelGC khoi dong nhanh hon mot chut nhung het bo nho -Xmx512m voi du lieu ca tinh.
rem Bien JAVA_OPTS them tuy chon cho Java.
setlocal EnableExtensions EnableDelayedExpansion
set "HERE=%~dp0.."
for %%I in ("%HERE%") do set "HERE=%%~fI"
set "JAR=%HERE%\lib\cchc-report.jar"
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
where "%JAVA%" >nul 2>nul
if errorlevel 1 if not exist "%JAVA%" (
  echo Khong tim thay Java. Hay cai Java 17 tro len ^(vi du Eclipse Temurin 17^) roi chay lai. 1>&2
  exit /b 3
)
set "CACHE=%HERE%\lib"
copy /y nul "%CACHE%\.ghi-thu" >nul 2>nul && del "%CACHE%\.ghi-thu" >nul 2>nul || set "CACHE=%LOCALAPPDATA%\cchc-report"
if not exist "%CACHE%" mkdir "%CACHE%" >nul 2>nul
set "ARCHIVE=%CACHE%\cchc-report.jsa"
for %%J in ("%JAR%") do set "STAMP=%%~fJ %%~zJ %%~tJ"
for /f "delims=" %%J in ('where "%JAVA%" 2^>nul') do if not defined JAVAPATH set "JAVAPATH=%%J"
if defined JAVAPATH for %%J in ("!JAVAPATH!") do set "STAMP=!STAMP! %%~fJ %%~zJ %%~tJ"
set "OLD="
if exist "%ARCHIVE%.id" set /p OLD=<"%ARCHIVE%.id"
set "CDS="
rem Tuy chon AppCDS trong ngoac kep: duong dan co the co dau cach.
if exist "%ARCHIVE%" if "!OLD!"=="!STAMP!" set CDS="-XX:SharedArchiveFile=!ARCHIVE!" -Xshare:auto
if not defined CDS (
  del /q "%ARCHIVE%" "%ARCHIVE%.id" >nul 2>nul
  (echo !STAMP!)> "%ARCHIVE%.id" 2>nul && set CDS="-XX:ArchiveClassesAtExit=!ARCHIVE!"
)
rem JAVA_OPTS tu chon trinh bien dich thi khong them C1 (Java tu choi mot luong bien dich ben C2).
set "QUICK=-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:C1MaxInlineSize=20 -XX:C1InlineStackLimit=5 -XX:C1MaxInlineLevel=4"
set "OWN=x !JAVA_OPTS! !JDK_JAVA_OPTIONS! !_JAVA_OPTIONS!"
if not "!OWN:Tiered=!"=="!OWN!" set "QUICK="
if not "!OWN:CICompilerCount=!"=="!OWN!" set "QUICK="
if not "!OWN:Xint=!"=="!OWN!" set "QUICK="
"%JAVA%" %CDS% -Xlog:cds=off -Xlog:cds+dynamic=off %QUICK% %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
