# Builds the Windows installer of Faultline: target\installer\Faultline-<version>.msi
# (plus the app image target\installer\Faultline\). NOT built or tested in this project's CI, which runs on Linux;
# this is the same recipe as installer/build.sh, with the Windows options. See installer/README.md.
#
# Needs: a JDK 17+ (jlink, jpackage on PATH or under $env:JAVA_HOME\bin), Maven, and WiX Toolset 3.x
# (candle.exe and light.exe on PATH) for the .msi. jpackage 17 does not work with WiX 4 or later.
#
# usage (from anywhere):  powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1 [-SkipBuild] [-AppImageOnly]
param(
    [switch]$SkipBuild,     # use the existing target\faultline.jar
    [switch]$AppImageOnly   # stop after the app image (no WiX needed)
)
$ErrorActionPreference = 'Stop'

$here = $PSScriptRoot
$root = (Resolve-Path "$here\..\..").Path
$out = Join-Path $root 'target\installer'
$jar = Join-Path $root 'target\faultline.jar'
Set-Location $root

function Tool($name) {
    if ($env:JAVA_HOME -and (Test-Path "$env:JAVA_HOME\bin\$name.exe")) { return "$env:JAVA_HOME\bin\$name.exe" }
    $cmd = Get-Command $name -ErrorAction SilentlyContinue
    if (-not $cmd) { throw "$name not found: install a JDK 17 and put its bin folder on PATH (or set JAVA_HOME)" }
    return $cmd.Source
}
function Invoke-Checked($exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe exited with $LASTEXITCODE" }
}
$jlink = Tool 'jlink'
$jpackage = Tool 'jpackage'
if (-not $AppImageOnly -and -not (Get-Command candle.exe -ErrorAction SilentlyContinue)) {
    throw 'WiX Toolset 3.x not found (candle.exe, light.exe): https://github.com/wixtoolset/wix3/releases'
}

# The pom's project version; Windows installer versions must be plain numbers, so -SNAPSHOT is dropped.
[xml]$pom = Get-Content (Join-Path $root 'pom.xml')
$version = ($pom.project.version -split '-')[0]

# 1. The fat jar. Built on Windows, it carries JavaFX's Windows natives (the openjfx pom picks them by OS).
if (-not $SkipBuild) {
    Invoke-Checked 'mvn' @('-B', '-q', '-DskipTests', 'package')
}
if (-not (Test-Path $jar)) { throw "$jar does not exist" }

# 2. Trimmed runtime, from the module list the Linux build uses.
$modules = (Get-Content (Join-Path $root 'installer\modules.txt') |
        ForEach-Object { $_.Trim() } | Where-Object { $_ -and -not $_.StartsWith('#') }) -join ','
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input" | Out-Null
Copy-Item $jar "$out\input\faultline.jar"   # jpackage ships everything in --input
Invoke-Checked $jlink @('--add-modules', $modules, '--output', "$out\runtime",
    '--strip-debug', '--no-header-files', '--no-man-pages', '--strip-native-commands')

$common = @(
    '--name', 'Faultline',
    '--app-version', $version,
    '--vendor', 'Faultline',
    '--copyright', 'Copyright the Faultline authors',
    '--description', "Maps a service topology and finds what will take it down: SPOFs, blast radius, Conway's law.",
    '--icon', (Join-Path $root 'icons\faultline.ico')
)

# 3. App image: Faultline.exe (GUI, no console window) and faultline-cli.exe (console, for the command line).
Invoke-Checked $jpackage (@('--type', 'app-image') + $common + @(
    '--input', "$out\input", '--main-jar', 'faultline.jar', '--main-class', 'dev.faultline.Launcher',
    '--runtime-image', "$out\runtime",
    '--java-options', '-Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -XX:TieredStopAtLevel=1',
    '--add-launcher', "faultline-cli=$here\cli-launcher.properties",
    '--dest', $out))
Write-Host "app image: $out\Faultline"
if ($AppImageOnly) { exit 0 }

# 4. The .msi. The upgrade code must never change: it is how Windows knows a new version replaces an old one.
Invoke-Checked $jpackage (@('--type', 'msi') + $common + @(
    '--app-image', "$out\Faultline",
    '--file-associations', (Join-Path $here 'faultline-topology.properties'),
    '--win-upgrade-uuid', '6d3f4c2a-8b1e-4f57-9a0c-5e2b7d1f3a90',
    '--win-menu', '--win-menu-group', 'Faultline',
    '--win-shortcut',
    '--win-dir-chooser',
    '--dest', $out))
Remove-Item -Recurse -Force "$out\input", "$out\runtime"
Get-ChildItem "$out\*.msi" | ForEach-Object { Write-Host "installer: $($_.FullName) ($([math]::Round($_.Length / 1MB)) MB)" }
