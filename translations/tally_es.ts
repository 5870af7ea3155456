<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/CmdSpectrogram.cpp" line="+37"/>
        <source>--%1 expects an integer, got &apos;%2&apos;</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--%1 espera un número entero, se recibió &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writes the power spectrogram (dB) of FILE as a float32 .npy of shape (frames, bins).</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Escribe el espectrograma de potencia (dB) de FILE como un .npy float32 de forma (tramas, bins).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audio file to analyse</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Archivo de audio a analizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FFT size in samples (even; a power of two is fastest)</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Tamaño de la FFT en muestras (par; una potencia de dos es lo más rápido)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hop between frames in samples</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Salto entre tramas, en muestras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hann (default), hamming or blackman</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>hann (predeterminada), hamming o blackman</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map to BANDS Slaney mel bands before dB</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Convertir a BANDS bandas mel de Slaney antes de pasar a dB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Analyse channel C only (default: mean of all)</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Analizar solo el canal C (predeterminado: media de todos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output .npy path</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Ruta del .npy de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the result as JSON</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Imprimir el resultado como JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected exactly one FILE</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>se esperaba exactamente un FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--n-fft and --hop are required</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--n-fft y --hop son obligatorios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--out is required</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--out es obligatorio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown window &apos;%1&apos; (use hann, hamming or blackman)</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>ventana desconocida &apos;%1&apos; (use hann, hamming o blackman)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--mel expects a positive number of bands</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--mel espera un número positivo de bandas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--channel expects a channel index &gt;= 0</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--channel espera un índice de canal &gt;= 0</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no audio channels</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>no hay canales de audio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--channel %1 is out of range (the file has %2 channels)</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--channel %1 está fuera de rango (el archivo tiene %2 canales)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(frames x bins, power dB)</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>(tramas x bins, potencia en dB)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+22"/>
        <source>Tally: build TinyML datasets</source>
        <translation>Tally: cree conjuntos de datos TinyML</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Project file (.tally) to open</source>
        <translation>Archivo de proyecto (.tally) a abrir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select this sample (its path as stored, or on disk)</source>
        <translation>Seleccionar esta muestra (ruta tal como está guardada, o en el disco)</translation>
    </message>
</context>
<context>
    <name>tally</name>
    <message>
        <location filename="../core/formats/ExportSet.cpp" line="+50"/>
        <source>an audio clip</source>
        <translation>un clip de audio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an image</source>
        <translation>una imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a sensor series</source>
        <translation>una serie de sensor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>background noise</source>
        <translation>ruido de fondo</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1 is not written by a %2 export</source>
        <translation>una exportación %2 no escribe %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>it is flagged by the quality check “%1”</source>
        <translation>está marcada por la comprobación de calidad “%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its status is not among the exported ones</source>
        <translation>su estado no está entre los exportados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its status “%1” is not among the exported ones</source>
        <translation>su estado “%1” no está entre los exportados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has no licence, and unknown licences are not allowed</source>
        <translation>no tiene licencia, y no se permiten licencias desconocidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its licence “%1” is not allowed</source>
        <translation>su licencia “%1” no está permitida</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it has no class: none imported, no label, no review decision</source>
        <translation>no tiene clase: ninguna importada, ninguna etiqueta, ninguna decisión de revisión</translation>
    </message>
</context>
<context>
    <name>tally::AgreementDock</name>
    <message>
        <location filename="../app/gui/AgreementDock.cpp" line="+29"/>
        <source>Two regions match when their intersection over union is at least this.</source>
        <translation>Dos regiones coinciden cuando su intersección sobre la unión (IoU) es al menos este valor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Boxes match one to one at the box IoU threshold of the consensus settings, same class required.</source>
        <translation>Las cajas se emparejan una a una con el umbral de IoU de cajas de la configuración de consenso; se exige la misma clase.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scope:</source>
        <translation>Alcance:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples labelled:</source>
        <translation>Muestras etiquetadas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent agreement:</source>
        <translation>Concordancia porcentual:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleiss&apos; kappa:</source>
        <translation>Kappa de Fleiss:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Krippendorff&apos;s alpha:</source>
        <translation>Alfa de Krippendorff:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region IoU threshold:</source>
        <translation>Umbral de IoU de regiones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region agreement:</source>
        <translation>Concordancia de regiones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box agreement:</source>
        <translation>Concordancia de cajas:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annotator A</source>
        <translation>Anotador A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annotator B</source>
        <translation>Anotador B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cohen&apos;s kappa</source>
        <translation>Kappa de Cohen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confusion:</source>
        <translation>Confusión:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vs</source>
        <translation>vs</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Whole project</source>
        <translation>Proyecto completo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Class “%1” (vs the rest)</source>
        <translation>Clase “%1” (vs el resto)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 % (%n sample(s) with 2+ labels)</source>
        <translation>
            <numerusform>%1 % (%n muestra con 2+ etiquetas)</numerusform>
            <numerusform>%1 % (%n muestras con 2+ etiquetas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no sample has regions from two annotators</source>
        <translation>ninguna muestra tiene regiones de dos anotadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1 %1, mean IoU %2 (%3 of %4 regions matched, %5 comparisons)</source>
        <translation>F1 %1, IoU medio %2 (%3 de %4 regiones coincidentes, %5 comparaciones)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no image has boxes from two annotators</source>
        <translation>ninguna imagen tiene cajas de dos anotadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1 %1, mean IoU %2 (%3 of %4 boxes matched, %5 comparisons, IoU ≥ %6)</source>
        <translation>F1 %1, IoU medio %2 (%3 de %4 cajas coincidentes, %5 comparaciones, IoU ≥ %6)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 vs %2: %n sample(s)</source>
        <translation>
            <numerusform>%1 vs %2: %n muestra</numerusform>
            <numerusform>%1 vs %2: %n muestras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tally::AnnotatorDialog</name>
    <message>
        <location filename="../app/gui/AnnotatorDialog.cpp" line="+14"/>
        <source>Who is working?</source>
        <translation>¿Quién está trabajando?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annotator</source>
        <translation>Anotador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
</context>
<context>
    <name>tally::Annotators</name>
    <message>
        <location filename="../core/store/Annotators.cpp" line="+28"/>
        <source>an annotator name cannot be empty</source>
        <translation>el nombre del anotador no puede estar vacío</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no annotator named “%1”</source>
        <translation>ningún anotador llamado “%1”</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no annotator with id %1</source>
        <translation>ningún anotador con id %1</translation>
    </message>
</context>
<context>
    <name>tally::AudacityLabels</name>
    <message>
        <location filename="../core/formats/AudacityLabels.cpp" line="+32"/>
        <source>a frequency line is \&lt;TAB&gt;low&lt;TAB&gt;high</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/AudacityLabels.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>una línea de frecuencia es \&lt;TAB&gt;inferior&lt;TAB&gt;superior</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a frequency</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/AudacityLabels.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>“%1” no es una frecuencia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the frequency band has no upper edge</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/AudacityLabels.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>la banda de frecuencia no tiene límite superior</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the frequency band&apos;s low edge (%1 Hz) is not below its high edge (%2 Hz)</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/AudacityLabels.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>el límite inferior de la banda de frecuencia (%1 Hz) no está por debajo del límite superior (%2 Hz)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected start&lt;TAB&gt;end&lt;TAB&gt;label</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/AudacityLabels.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>se esperaba inicio&lt;TAB&gt;fin&lt;TAB&gt;etiqueta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a time in seconds</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/AudacityLabels.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>“%1” no es un tiempo en segundos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the label starts before 0 s (%1 s)</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/AudacityLabels.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>la etiqueta empieza antes de 0 s (%1 s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the label ends (%1 s) before it starts (%2 s)</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/AudacityLabels.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>la etiqueta termina (%1 s) antes de empezar (%2 s)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a frequency line must follow a label line</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/AudacityLabels.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>una línea de frecuencia debe ir después de una línea de etiqueta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>line %1: %2</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/AudacityLabels.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot be read: %1</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/AudacityLabels.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+3"/>
        <source>cannot be written: %1</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/AudacityLabels.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>no se puede escribir: %1</translation>
    </message>
</context>
<context>
    <name>tally::AudioUi</name>
    <message>
        <location filename="../app/gui/AudioUi.cpp" line="+55"/>
        <source>Loudest second %v / %m</source>
        <translation>Segundo más fuerte %v / %m</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Play / Stop</source>
        <translation>&amp;Reproducir / Detener</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Region Tool (drag draws regions)</source>
        <translation>Herramienta de &amp;región (arrastrar dibuja regiones)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Trim to Loudest Second</source>
        <translation>Recor&amp;tar al segundo más intenso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trim All &amp;Shown Samples to Loudest Second</source>
        <translation>Recortar todas las muestras &amp;mostradas al segundo más intenso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Loudest Second as New &amp;Clip</source>
        <translation>Guardar el segundo más intenso como &amp;clip nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Audacity Labels…</source>
        <translation>&amp;Importar etiquetas de Audacity…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Audacity Labels…</source>
        <translation>E&amp;xportar etiquetas de Audacity…</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Long recording (%1 min): the waveform reads it from the file; spectrogram, playback and trimming are off for it.</source>
        <translation>Grabación larga (%1 min): la forma de onda se lee del archivo; el espectrograma, la reproducción y el recorte están desactivados para ella.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>(no class)</source>
        <translation>(sin clase)</translation>
    </message>
    <message>
        <location line="+126"/>
        <location line="+26"/>
        <location line="+19"/>
        <location line="+12"/>
        <source>Import Audacity Labels</source>
        <translation>Importar etiquetas de Audacity</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Label tracks (*.txt);;All files (*)</source>
        <translation>Pistas de etiquetas (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import Audacity labels</source>
        <translation>Importar etiquetas de Audacity</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1 regions from %2 (%3 point labels skipped).</source>
        <translation>Se importaron %1 regiones de %2 (se omitieron %3 etiquetas puntuales).</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Export Audacity Labels</source>
        <translation>Exportar etiquetas de Audacity</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Label tracks (*.txt)</source>
        <translation>Pistas de etiquetas (*.txt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote %1 labels to %2</source>
        <translation>Se escribieron %1 etiquetas en %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Trim %1 samples to loudest second</source>
        <translation>Recortar %1 muestras al segundo más intenso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loudest second: %1 regions added, %2 samples skipped, %3 errors%4.</source>
        <translation>Segundo más fuerte: %1 regiones añadidas, %2 muestras omitidas, %3 errores%4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (cancelled)</source>
        <translation> (cancelado)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trim to Loudest Second</source>
        <translation>Recortar al segundo más intenso</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save Loudest Second</source>
        <translation>Guardar el segundo más intenso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1 as a new sample</source>
        <translation>%1 se guardó como muestra nueva</translation>
    </message>
</context>
<context>
    <name>tally::AuditLog</name>
    <message>
        <location filename="../core/store/AuditLog.cpp" line="+41"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>class %1</source>
        <translation>clase %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1–%2 s (%3)</source>
        <translation>%1–%2 s (%3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 × %2 px at (%3, %4) (%5)</source>
        <translation>%1 × %2 px en (%3, %4) (%5)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>decided %1</source>
        <translation>decidido: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent back</source>
        <translation>devuelta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>label %1 → %2</source>
        <translation>etiqueta %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>region added %1</source>
        <translation>región agregada %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>region changed %1 → %2</source>
        <translation>región modificada %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>region deleted %1</source>
        <translation>región eliminada %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>box added %1</source>
        <translation>caja agregada %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>box changed %1 → %2</source>
        <translation>caja modificada %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>box deleted %1</source>
        <translation>caja eliminada %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vote cleared</source>
        <translation>voto eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voted up</source>
        <translation>votó a favor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voted down</source>
        <translation>votó en contra</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>decision withdrawn (%1)</source>
        <translation>decisión retirada (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>added</source>
        <translation>agregada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added from %1</source>
        <translation>agregada desde %1</translation>
    </message>
</context>
<context>
    <name>tally::Balance</name>
    <message>
        <location filename="../core/splits/Balance.cpp" line="+56"/>
        <source>class “%1” has %2 samples, %3% of the largest class (under %4%)</source>
        <translatorcomment>runtime context of the file-local tr() in core/splits/Balance.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>la clase “%1” tiene %2 muestras, el %3% de la clase más grande (por debajo del %4%)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>class “%1” has %2 samples in %3 (fewer than %4)</source>
        <translatorcomment>runtime context of the file-local tr() in core/splits/Balance.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>la clase “%1” tiene %2 muestras en %3 (menos de %4)</translation>
    </message>
</context>
<context>
    <name>tally::BalanceDock</name>
    <message>
        <location filename="../app/gui/BalanceDock.cpp" line="+47"/>
        <source>Class Balance</source>
        <translation>Equilibrio de clases</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>What the bars are stacked by: the split, the review status, or a metadata field</source>
        <translation>Criterio de apilado de las barras: la partición, el estado de revisión o un campo de metadatos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours of audio instead of sample counts</source>
        <translation>Horas de audio en lugar de número de muestras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warn when a class has less than this share of the largest class</source>
        <translation>Avisar cuando una clase tenga menos que esta proporción de la clase más grande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warn when a class has fewer samples than this in a split</source>
        <translation>Avisar cuando una clase tenga menos muestras que esto en una partición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stack by</source>
        <translation>Apilar por</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Min share</source>
        <translation>Proporción mínima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Min per split</source>
        <translation>Mínimo por partición</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Undersample to</source>
        <translation>Submuestrear a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversample training to</source>
        <translation>Sobremuestrear el entrenamiento hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class weights</source>
        <translation>Pesos de las clases</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> per class</source>
        <translation> por clase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samples per class after the plan (oversample: 0 = the largest class)</source>
        <translation>Muestras por clase tras el plan (sobremuestreo: 0 = la clase más grande)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the plan beside the current bars; nothing is written</source>
        <translation>Dibuja el plan junto a las barras actuales; no se escribe nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy weights</source>
        <translation>Copiar pesos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rebalance</source>
        <translation>Reequilibrar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Split</source>
        <translation>Partición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review status</source>
        <translation>Estado de revisión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Field: %1</source>
        <translation>Campo: %1</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Under %1 % of the largest class: %2</source>
        <translation>Por debajo del %1 % de la clase más grande: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fewer than %1 samples in %2: %3</source>
        <translation>Menos de %1 muestras en %2: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no class)</source>
        <translation>(sin clase)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hours of audio per class, by %1</source>
        <translation>Horas de audio por clase, por %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples per class, by %1</source>
        <translation>Muestras por clase, por %1</translation>
    </message>
</context>
<context>
    <name>tally::Bearing</name>
    <message>
        <location filename="../core/sensor/Bearing.cpp" line="+51"/>
        <source>the roller count must be at least 1 (got %1)</source>
        <translation>el número de elementos rodantes debe ser al menos 1 (se recibió %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the pitch diameter must be positive (got %1)</source>
        <translation>el diámetro primitivo debe ser positivo (se recibió %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the roller diameter must be positive (got %1)</source>
        <translation>el diámetro del elemento rodante debe ser positivo (se recibió %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the roller diameter (%1) must be smaller than the pitch diameter (%2)</source>
        <translation>el diámetro del elemento rodante (%1) debe ser menor que el diámetro primitivo (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the contact angle must be in [0, 90) degrees (got %1)</source>
        <translation>el ángulo de contacto debe estar en [0, 90) grados (se recibió %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the shaft speed must be positive (got %1 rpm)</source>
        <translation>la velocidad del eje debe ser positiva (se recibió %1 rpm)</translation>
    </message>
</context>
<context>
    <name>tally::BearingDialog</name>
    <message>
        <location filename="../app/gui/BearingDialog.cpp" line="+29"/>
        <source>Bearing of %1</source>
        <translation>Rodamiento de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMS test bearing (Rexnord ZA-2115, 2,000 rpm)</source>
        <translation>Rodamiento del ensayo IMS (Rexnord ZA-2115, 2.000 rpm)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> °</source>
        <translation> °</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> rpm</source>
        <translation> rpm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set and measure again</source>
        <translation>Definir y volver a medir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preset</source>
        <translation>Predefinido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rollers per row</source>
        <translation>Elementos rodantes por hilera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pitch diameter</source>
        <translation>Diámetro primitivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roller diameter (same unit)</source>
        <translation>Diámetro del elemento rodante (misma unidad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact angle</source>
        <translation>Ángulo de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shaft speed</source>
        <translation>Velocidad del eje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault frequencies</source>
        <translation>Frecuencias de fallo</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>BPFO %1 Hz · BPFI %2 Hz · BSF %3 Hz · FTF %4 Hz</source>
        <translation>BPFO %1 Hz · BPFI %2 Hz · BSF %3 Hz · FTF %4 Hz</translation>
    </message>
</context>
<context>
    <name>tally::BoxExporter</name>
    <message>
        <location filename="../core/formats/BoxExporter.cpp" line="+117"/>
        <source>the image size is unknown and its header cannot be read</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/BoxExporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>el tamaño de la imagen es desconocido y su encabezado no se puede leer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>refused class name &quot;%1&quot;: %2</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/BoxExporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>nombre de clase rechazado &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the image file is missing</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/BoxExporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>no se encuentra el archivo de imagen</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>no annotator named &quot;%1&quot;</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/BoxExporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>ningún anotador llamado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(no image class)</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/BoxExporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>(sin clase de imagen)</translation>
    </message>
</context>
<context>
    <name>tally::Boxes</name>
    <message>
        <location filename="../core/store/Boxes.cpp" line="+39"/>
        <source>a box with id %1 already exists</source>
        <translation>ya existe una caja con id %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>no box with id %1</source>
        <translation>ninguna caja con id %1</translation>
    </message>
</context>
<context>
    <name>tally::CheckHistogram</name>
    <message>
        <location filename="../core/quality/CheckHistogram.cpp" line="+74"/>
        <source>The check %1 has no measured value to show.</source>
        <translation>La comprobación %1 no tiene ningún valor medido que mostrar.</translation>
    </message>
</context>
<context>
    <name>tally::CheckedFile</name>
    <message>
        <location filename="../core/util/CheckedFile.cpp" line="+51"/>
        <source>cannot write: %1</source>
        <translation>no se pudo escribir: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>disk full (%1)</source>
        <translation>disco lleno (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file too large for the file system or the file-size limit (%1)</source>
        <translation>archivo demasiado grande para el sistema de archivos o para el límite de tamaño de archivo (%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+72"/>
        <source>cannot create: %1</source>
        <translation>no se pudo crear: %1</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+26"/>
        <source>cannot read: %1</source>
        <translation>no se pudo leer: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot create the folder: %1</source>
        <translation>no se pudo crear la carpeta: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot create the folder: a file of that name is in the way</source>
        <translation>no se pudo crear la carpeta: ya existe un archivo con ese nombre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot open: %1</source>
        <translation>no se pudo abrir: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot write to disk: %1</source>
        <translation>no se pudo escribir en el disco: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+8"/>
        <source>cannot write: the file is not open</source>
        <translation>no se puede escribir: el archivo no está abierto</translation>
    </message>
</context>
<context>
    <name>tally::ClassBalanceChart</name>
    <message>
        <location filename="../widgets/ClassBalanceChart.cpp" line="+112"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Planned (outlined)</source>
        <translation>Planificado (contorno)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing to show</source>
        <translation>Nada que mostrar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>threshold %1</source>
        <translation>umbral %1</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>%1 · %2: %3
%4% of %1, %5% of %2</source>
        <translation>%1 · %2: %3
%4% de %1, %5% de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planned: %1</source>
        <translation>Planificado: %1</translation>
    </message>
</context>
<context>
    <name>tally::ClassEditor</name>
    <message>
        <location filename="../app/gui/ClassEditor.cpp" line="+26"/>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+82"/>
        <source>Hotkey</source>
        <translation>Tecla rápida</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+83"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+84"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionar con…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>1–9 or a letter; J, K, N and R are taken by Tally</source>
        <translation>1–9 o una letra; J, K, N y R están reservadas por Tally</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The key %1 is used by Tally itself; choose another.</source>
        <translation>La tecla %1 la usa el propio Tally; elija otra.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>New class</source>
        <translation>Nueva clase</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Edit class</source>
        <translation>Editar clase</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+3"/>
        <source>Merge class</source>
        <translation>Fusionar clase</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Merge “%1” into (its labels and regions follow):</source>
        <translation>Fusionar “%1” con (sus etiquetas y regiones pasan también):</translation>
    </message>
</context>
<context>
    <name>tally::Classes</name>
    <message>
        <location filename="../core/store/Classes.cpp" line="+51"/>
        <source>a class name cannot be empty or only spaces</source>
        <translation>un nombre de clase no puede estar vacío ni tener solo espacios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a class name cannot contain tabs or line breaks: “%1”</source>
        <translation>un nombre de clase no puede contener tabulaciones ni saltos de línea: “%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a hotkey is 1–9 or a single letter, not “%1”</source>
        <translation>una tecla rápida es 1–9 o una sola letra, no “%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a class named “%1” already exists</source>
        <translation>ya existe una clase llamada “%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>hotkey %1 is already used by “%2”</source>
        <translation>la tecla rápida %1 ya la usa “%2”</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no class named “%1”</source>
        <translation>ninguna clase llamada “%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no class with id %1</source>
        <translation>ninguna clase con id %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>class “%1” is still used by labels, regions, boxes or samples</source>
        <translation>la clase “%1” todavía se usa en etiquetas, regiones, cajas o muestras</translation>
    </message>
    <message>
        <location filename="../core/store/ClassesMerge.cpp" line="+71"/>
        <source>cannot merge a class into itself</source>
        <translation>no se puede fusionar una clase consigo misma</translation>
    </message>
</context>
<context>
    <name>tally::CommonVoiceImporter</name>
    <message>
        <location filename="../core/formats/CommonVoiceImporter.cpp" line="+67"/>
        <source>listed on line %1 of %2</source>
        <translation>listado en la línea %1 de %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>not a folder</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no validated.tsv, invalidated.tsv or other.tsv</source>
        <translation>no hay validated.tsv, invalidated.tsv ni other.tsv</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot store samples: %1</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CommonVoiceImporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>no se pudieron guardar las muestras: %1</translation>
    </message>
    <message>
        <location filename="../core/formats/CommonVoiceTsv.cpp" line="+34"/>
        <source>expected %1 columns, found %2</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CommonVoiceImporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>se esperaban %1 columnas, se encontraron %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 “%2” is not a whole number</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CommonVoiceImporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>%1 “%2” no es un número entero</translation>
    </message>
    <message>
        <location filename="../core/formats/CommonVoiceImporter.cpp" line="-100"/>
        <location line="+36"/>
        <source>cannot open: %1</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CommonVoiceImporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>no se pudo abrir: %1</translation>
    </message>
    <message>
        <location filename="../core/formats/CommonVoiceTsv.cpp" line="+22"/>
        <source>no header line with a “path” column</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CommonVoiceImporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>ninguna línea de encabezado con una columna “path”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>empty path</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CommonVoiceImporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>ruta vacía</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1: %2</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CommonVoiceImporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <location filename="../core/formats/CommonVoiceImporter.cpp" line="-3"/>
        <source>clip not found (listed in %1)</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CommonVoiceImporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>clip no encontrado (listado en %1)</translation>
    </message>
</context>
<context>
    <name>tally::ConfusionHeatmap</name>
    <message>
        <location filename="../widgets/ConfusionHeatmap.cpp" line="+58"/>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>No labels to compare</source>
        <translation>No hay etiquetas que comparar</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1: %2, %3: %4</source>
        <translation>%1: %2, %3: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Count %2 · %3% of the row</source>
        <translation>%1
Recuento %2 · %3% de la fila</translation>
    </message>
</context>
<context>
    <name>tally::ConsensusSettingsDialog</name>
    <message>
        <location filename="../app/gui/ConsensusSettingsDialog.cpp" line="+17"/>
        <source>Consensus Settings</source>
        <translation>Configuración de consenso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labels a sample needs before it can be agreed or disputed.</source>
        <translation>Etiquetas que necesita una muestra antes de poder considerarse acordada o en disputa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share of the labels the most frequent class needs: 1 = all agree, 0.667 = two of three.</source>
        <translation>Proporción de las etiquetas que necesita la clase más frecuente: 1 = todos coinciden, 0.667 = dos de tres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An “invalid” vote outcome rejects the sample</source>
        <translation>Un resultado de votación “no válido” rechaza la muestra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up + down votes needed before a sample is valid or invalid (Common Voice uses 2).</source>
        <translation>Votos a favor + en contra necesarios para que una muestra sea válida o no válida (Common Voice usa 2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Two annotators&apos; boxes match when their intersection over union is at least this; an image where some box has no match of the same class is disputed.</source>
        <translation>Las cajas de dos anotadores coinciden cuando su intersección sobre la unión (IoU) es al menos este valor; una imagen en la que alguna caja no tiene correspondencia de la misma clase queda en disputa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minimum annotators:</source>
        <translation>Mínimo de anotadores:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majority needed:</source>
        <translation>Mayoría necesaria:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum votes:</source>
        <translation>Mínimo de votos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box IoU threshold:</source>
        <translation>Umbral de IoU de cajas:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statuses are derived again for every sample when you press OK.</source>
        <translation>Los estados se vuelven a calcular para todas las muestras al pulsar Aceptar.</translation>
    </message>
</context>
<context>
    <name>tally::DatasetCard</name>
    <message>
        <location filename="../core/formats/DatasetCard.cpp" line="+267"/>
        <source># Dataset card: %1

</source>
        <translation># Ficha del conjunto de datos: %1

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Exported: %1 (UTC)
</source>
        <translation>- Exportado: %1 (UTC)
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Tally version: %1
</source>
        <translation>- Versión de Tally: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Format: %1
</source>
        <translation>- Formato: %1
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>## Licences

</source>
        <translation>## Licencias

</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>licence</source>
        <translation>licencia</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Credits: see %1.

</source>
        <translation>Créditos: vea %1.

</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>(no source recorded)</source>
        <translation>(ningún origen registrado)</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>## Leaks across splits

</source>
        <translation>## Fugas entre particiones

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none found

</source>
        <translation>no se encontró ninguna

</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>why</source>
        <translation>motivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>group %1</source>
        <translation>grupo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- %1 (%2) and %3 (%4): %5
</source>
        <translation>- %1 (%2) y %3 (%4): %5
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>- and %1 more
</source>
        <translation>- y %1 más
</translation>
    </message>
    <message>
        <location line="+106"/>
        <source># Attribution

</source>
        <translation># Atribución

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every licence in this export with its number of samples.

</source>
        <translation>Cada licencia de esta exportación con su número de muestras.

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>## Sources that ask for credit

</source>
        <translation>## Fuentes que piden crédito

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sample carries a licence that asks for credit (CC-BY*).
</source>
        <translation>Ninguna muestra tiene una licencia que pida crédito (CC-BY*).
</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>- %1 (%n samples)
</source>
        <translation>
            <numerusform>- %1 (%n muestra)
</numerusform>
            <numerusform>- %1 (%n muestras)
</numerusform>
        </translation>
    </message>
    <message>
        <location line="-245"/>
        <source>unspecified</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>no especificada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>samples</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>muestras</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>## Samples per class and split

</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>## Muestras por clase y partición

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 images.

</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>%1 imágenes.

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 samples, %2 hours of audio (%3 background recordings).

</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>%1 muestras, %2 horas de audio (%3 grabaciones de fondo).

</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>class</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>clase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>training</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>validation</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>validación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>testing</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>prueba</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no split</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>sin partición</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>total</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>horas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>**all**</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>**todas**</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>## Demographics coverage

</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>## Cobertura demográfica

</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(not given)</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No sample has demographic metadata (gender, age, accent).

</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Ninguna muestra tiene metadatos demográficos (género, edad, acento).

</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Left out of this export by quality check (flagged, not dismissed):

</source>
        <translation>Omitidas de esta exportación por comprobación de calidad (marcadas, no descartadas):

</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>## Review status

</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>## Estado de revisión

</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>not recorded

</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>no registrado

</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>status</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>## Quality

</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>## Calidad

</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+13"/>
        <source>check</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>comprobación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>## Split

</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>## Partición

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method: %1

</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Método: %1

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>no registrado</translation>
    </message>
</context>
<context>
    <name>tally::DatasetScope</name>
    <message>
        <location filename="../core/formats/DatasetScope.cpp" line="+41"/>
        <source>lies outside the dataset folder %1</source>
        <translation>está fuera de la carpeta del conjunto de datos %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its folder is a symbolic link to %1, outside the dataset folder %2</source>
        <translation>su carpeta es un enlace simbólico a %1, fuera de la carpeta del conjunto de datos %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is a symbolic link to %1, outside the dataset folder %2</source>
        <translation>es un enlace simbólico a %1, fuera de la carpeta del conjunto de datos %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; imported because files outside the dataset folder are allowed</source>
        <translation>%1; importado porque se permiten archivos fuera de la carpeta del conjunto de datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1; refused (allow files outside the dataset folder to import it: tally-cli import --allow-outside, or the import dialog)</source>
        <translation>%1; rechazado (permita archivos fuera de la carpeta del conjunto de datos para importarlo: tally-cli import --allow-outside, o el diálogo de importación)</translation>
    </message>
</context>
<context>
    <name>tally::DatasetUi</name>
    <message>
        <location filename="../app/gui/DatasetUi.cpp" line="+37"/>
        <source>&amp;Dataset</source>
        <translation>&amp;Conjunto de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class &amp;Balance</source>
        <translation>E&amp;quilibrio de clases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Split…</source>
        <translation>&amp;Partición…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licences…</source>
        <translation>&amp;Licencias…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Versions…</source>
        <translation>&amp;Versiones…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+41"/>
        <source>No project is open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>No sample has the metadata key “%1”.</source>
        <translation>Ninguna muestra tiene la clave de metadatos “%1”.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 is not empty. Replace the export in it? Files the earlier export did not write are kept; a folder that no Tally export wrote is not replaced.</source>
        <translation>%1 no está vacía. ¿Reemplazar la exportación que contiene? Los archivos que la exportación anterior no escribió se conservan; una carpeta que no escribió ninguna exportación de Tally no se reemplaza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export refused: %1 is not empty.</source>
        <translation>Exportación rechazada: %1 no está vacía.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting into %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export into %1</source>
        <translation>Exportar a %1</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Training %1, validation %2, testing %3.</source>
        <translation>Entrenamiento %1, validación %2, prueba %3.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Changed %n sample(s).</source>
        <translation>
            <numerusform>Se modificó %n muestra.</numerusform>
            <numerusform>Se modificaron %n muestras.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An export is running.</source>
        <translation>Hay una exportación en curso.</translation>
    </message>
</context>
<context>
    <name>tally::DerivedClip</name>
    <message>
        <location filename="../core/formats/DerivedClip.cpp" line="+71"/>
        <source>already exists; not overwritten</source>
        <translation>ya existe; no se sobrescribió</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create its folder</source>
        <translation>no se pudo crear su carpeta</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>cannot read back: %1</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DerivedClip.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>no se pudo volver a leer: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot store the sample: %1</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DerivedClip.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>no se pudo guardar la muestra: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already a sample of the project</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DerivedClip.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>ya es una muestra del proyecto</translation>
    </message>
</context>
<context>
    <name>tally::DisplayNames</name>
    <message>
        <location filename="../core/models/DisplayNames.cpp" line="+29"/>
        <location line="+1"/>
        <source>unlabelled</source>
        <translation>sin etiquetar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>labelled</source>
        <translation>etiquetada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreed</source>
        <translation>acordada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disputed</source>
        <translation>en disputa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>resuelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>background</source>
        <translation>fondo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>annotator</source>
        <translation>anotador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reviewer</source>
        <translation>revisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>testing</source>
        <translation>prueba</translation>
    </message>
</context>
<context>
    <name>tally::DockLayout</name>
    <message>
        <location filename="../app/gui/DockLayout.cpp" line="+27"/>
        <source>Reset &amp;Layout</source>
        <translation>Restablecer &amp;disposición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put every dock back where it starts and fit the window</source>
        <translation>Devolver cada panel a su posición inicial y ajustar la ventana</translation>
    </message>
</context>
<context>
    <name>tally::ExportCheck</name>
    <message numerus="yes">
        <location filename="../app/gui/ExportCheck.cpp" line="+70"/>
        <source>%n sample(s) would be written, %1 skipped.</source>
        <translation>
            <numerusform>Se escribiría %n muestra; omitidas: %1.</numerusform>
            <numerusform>Se escribirían %n muestras; omitidas: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Anyway</source>
        <translation>Exportar de todos modos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped %1: %2</source>
        <translation>Omitido %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export not started.</source>
        <translation>Exportación no iniciada.</translation>
    </message>
</context>
<context>
    <name>tally::ExportDialog</name>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="+72"/>
        <location line="+49"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Speech Commands folders (WAV)</source>
        <translation>Carpetas Speech Commands (WAV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV manifest</source>
        <translation>Manifiesto CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edge Impulse info.labels</source>
        <translation>Edge Impulse info.labels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images: COCO JSON</source>
        <translation>Imágenes: COCO JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images: Pascal VOC</source>
        <translation>Imágenes: Pascal VOC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images: YOLO</source>
        <translation>Imágenes: YOLO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images: Edge Impulse bounding boxes</source>
        <translation>Imágenes: cuadros delimitadores de Edge Impulse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images: Visual Wake Words (person / not person)</source>
        <translation>Imágenes: Visual Wake Words (persona / no persona)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images: a folder per class</source>
        <translation>Imágenes: una carpeta por clase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensor series: NumPy windows</source>
        <translation>Series de sensores: ventanas NumPy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensor series: Edge Impulse CSV windows</source>
        <translation>Series de sensores: ventanas CSV de Edge Impulse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include _background_noise_</source>
        <translation>Incluir _background_noise_</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> per class</source>
        <translation> por clase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Augmented copies (time shift, gain, background noise) bring every class&apos;s training samples up to this count</source>
        <translation>Copias aumentadas (desplazamiento temporal, ganancia, ruido de fondo) llevan las muestras de entrenamiento de cada clase hasta este número</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(unknown)</source>
        <translation>(desconocida)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commercial use only</source>
        <translation>Solo uso comercial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick every non-commercial (-NC) licence and samples of unknown licence</source>
        <translation>Desmarcar toda licencia no comercial (-NC) y las muestras de licencia desconocida</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only agreed, resolved and labelled samples are ticked: disputed, rejected and unlabelled ones would go out under their imported class.</source>
        <translation>Solo están marcadas las muestras acordadas, resueltas y etiquetadas: las que están en disputa, rechazadas o sin etiquetar saldrían con su clase importada.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversample training to</source>
        <translation>Sobremuestrear el entrenamiento hasta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statuses</source>
        <translation>Estados</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <source> frames</source>
        <translation> tramas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all (or e.g. 1,3)</source>
        <translation>todos (o p. ej. 1,3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off (or the normal class)</source>
        <translation>desactivado (o la clase normal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For anomaly detection: training and validation hold only this class, testing holds every class</source>
        <translation>Para detección de anomalías: entrenamiento y validación solo con esta clase, prueba con todas las clases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stride</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal only</source>
        <translation>Solo normal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export into</source>
        <translation>Exportar a</translation>
    </message>
</context>
<context>
    <name>tally::ExportFolder</name>
    <message>
        <location filename="../core/formats/ExportFolder.cpp" line="+131"/>
        <source>cannot keep your file: %1</source>
        <translation>no se pudo conservar su archivo: %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>no export folder given</source>
        <translation>no se indicó ninguna carpeta de exportación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot export into the root of the file system</source>
        <translation>no se puede exportar a la raíz del sistema de archivos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>another export into this folder is running (%1, process %2 on %3)</source>
        <translation>hay otra exportación a esta carpeta en curso (%1, proceso %2 en %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the lock file in %1 (is the folder writable?)</source>
        <translation>no se pudo crear el archivo de bloqueo en %1 (¿se puede escribir en la carpeta?)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot put back the export a killed run set aside</source>
        <translation>no se pudo restaurar la exportación que una ejecución interrumpida apartó</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot remove what a killed export left behind</source>
        <translation>no se pudo eliminar lo que dejó una exportación interrumpida</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>holds files that no Tally export wrote (%1); it is not replaced. Choose a new or empty folder, or move those files away</source>
        <translation>contiene archivos que no escribió ninguna exportación de Tally (%1); no se reemplaza. Elija una carpeta nueva o vacía, o mueva esos archivos a otro lugar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot create a staging folder beside it: %1</source>
        <translation>no se pudo crear una carpeta de preparación junto a ella: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>refused: not a path relative to the export folder %1</source>
        <translation>rechazado: no es una ruta relativa a la carpeta de exportación %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused: the path is outside the export folder %1</source>
        <translation>rechazado: la ruta está fuera de la carpeta de exportación %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused: the name is the export&apos;s own marker file</source>
        <translation>rechazado: el nombre es el del propio archivo marcador de la exportación</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>is not a file of the previous export, and the new export would replace it; move it away first</source>
        <translation>no es un archivo de la exportación anterior, y la nueva exportación lo reemplazaría; muévalo antes a otro lugar</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+18"/>
        <source>cannot move the export into place: %1</source>
        <translation>no se pudo mover la exportación a su lugar: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>cannot set the previous export aside: %1</source>
        <translation>no se pudo apartar la exportación anterior: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot take the new export back: %1</source>
        <translation>no se pudo retirar la nueva exportación: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot put the previous export back</source>
        <translation>no se pudo restaurar la exportación anterior</translation>
    </message>
</context>
<context>
    <name>tally::ExportPaths</name>
    <message>
        <location filename="../core/formats/ExportPaths.cpp" line="+35"/>
        <source>an empty name cannot be a file or folder name</source>
        <translation>un nombre vacío no puede ser nombre de archivo ni de carpeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name would leave its folder (it is &apos;.&apos;, &apos;..&apos; or holds a slash); rename it in the project</source>
        <translation>el nombre saldría de su carpeta (es &apos;.&apos;, &apos;..&apos; o contiene una barra); cámbielo en el proyecto</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>refused: not a path relative to the export folder %1</source>
        <translation>rechazado: no es una ruta relativa a la carpeta de exportación %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused: the path is outside the export folder %1</source>
        <translation>rechazado: la ruta está fuera de la carpeta de exportación %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>refused: a symbolic link leads outside the export folder %1</source>
        <translation>rechazado: un enlace simbólico lleva fuera de la carpeta de exportación %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused: the path is a symbolic link</source>
        <translation>rechazado: la ruta es un enlace simbólico</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>exists and is not a folder</source>
        <translation>existe y no es una carpeta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the folder is not empty; choose an empty folder or allow overwriting (--force)</source>
        <translation>la carpeta no está vacía; elija una carpeta vacía o permita sobrescribir (--force)</translation>
    </message>
</context>
<context>
    <name>tally::ExportReviewInputs</name>
    <message>
        <location filename="../core/formats/ExportReviewInputs.cpp" line="+40"/>
        <source>unknown status (expected one of unlabelled, labelled, agreed, disputed, resolved, rejected)</source>
        <translation>estado desconocido (se esperaba uno de unlabelled, labelled, agreed, disputed, resolved, rejected)</translation>
    </message>
</context>
<context>
    <name>tally::ExportRunner</name>
    <message>
        <location filename="../app/gui/ExportRunner.cpp" line="+18"/>
        <source>Exporting %v / %m</source>
        <translation>Exportando %v / %m</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>The export was cancelled; the folder was left as it was.</source>
        <translation>La exportación se canceló; la carpeta quedó como estaba.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export failed: %1. The folder was left as it was; no version was recorded.</source>
        <translation>La exportación falló: %1. La carpeta quedó como estaba; no se registró ninguna versión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written %1, skipped %2, errors %3.</source>
        <translation>Escritas: %1, omitidas: %2, errores: %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n aviso.</numerusform>
            <numerusform>%n avisos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded as version %1.</source>
        <translation>Registrado como versión %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skipped %1: %2</source>
        <translation>Omitido %1: %2</translation>
    </message>
</context>
<context>
    <name>tally::ExportSplitTally</name>
    <message>
        <location filename="../core/formats/ExportSet.cpp" line="-68"/>
        <source>The split “%1” is empty.</source>
        <translation>La partición “%1” está vacía.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The class “%1” has no sample in “%2”.</source>
        <translation>La clase “%1” no tiene ninguna muestra en “%2”.</translation>
    </message>
</context>
<context>
    <name>tally::Exports</name>
    <message>
        <location filename="../core/store/Exports.cpp" line="+206"/>
        <source>no export version %1</source>
        <translation>no existe la versión de exportación %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the snapshot of export version %1 is damaged</source>
        <translation>la instantánea de la versión de exportación %1 está dañada</translation>
    </message>
</context>
<context>
    <name>tally::FlagTriage</name>
    <message>
        <location filename="../core/quality/FlagTriage.cpp" line="+46"/>
        <source>kept after review</source>
        <translation>conservada tras la revisión</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the sample has no active flag of %1</source>
        <translation>la muestra no tiene ninguna marca activa de %1</translation>
    </message>
</context>
<context>
    <name>tally::FlaggedPanel</name>
    <message>
        <location filename="../app/gui/FlaggedPanel.cpp" line="+35"/>
        <source>&amp;Keep (Dismiss the Flags)</source>
        <translation>&amp;Conservar (descartar las marcas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject the Sample</source>
        <translation>&amp;Rechazar la muestra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trim to Loudest Second</source>
        <translation>Recor&amp;tar al segundo más fuerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the sample: the flags shown are dismissed with the reason</source>
        <translation>Conservar la muestra: las marcas mostradas se descartan con el motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the sample (a review decision naming the checks)</source>
        <translation>Rechazar la muestra (una decisión de revisión que nombra las comprobaciones)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a region over the loudest second (wrong length, cut event)</source>
        <translation>Agregar una región sobre el segundo más fuerte (duración incorrecta, evento cortado)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other sample</source>
        <translation>Otra muestra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kept after review</source>
        <translation>conservada tras la revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the sample is kept (/ to type, Enter to go back)</source>
        <translation>Por qué se conserva la muestra (/ para escribir, Intro para volver)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check:</source>
        <translation>Comprobación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>0 of 0</source>
        <translation>0 de 0</translation>
    </message>
</context>
<context>
    <name>tally::FlaggedQueue</name>
    <message>
        <location filename="../app/gui/FlaggedQueue.cpp" line="+51"/>
        <source>Flagged Queue</source>
        <translation>Cola de marcadas</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>All checks (%n active)</source>
        <translation>
            <numerusform>Todas las comprobaciones (%n activa)</numerusform>
            <numerusform>Todas las comprobaciones (%n activas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 (%n active)</source>
        <translation>
            <numerusform>%1 (%n activa)</numerusform>
            <numerusform>%1 (%n activas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No sample has an active quality flag.</source>
        <translation>Ninguna muestra tiene una marca de calidad activa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sample has an active “%1” flag.</source>
        <translation>Ninguna muestra tiene una marca “%1” activa.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 — %2 undoes</source>
        <translation>%1 — %2 deshace</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. No flagged sample left.</source>
        <translation>%1. No queda ninguna muestra marcada.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Keep flagged sample</source>
        <translation>Conservar muestra marcada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept %1 (%2 dismissed)</source>
        <translation>%1 conservada (descartadas: %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only a reviewer can reject: switch the annotator&apos;s role to reviewer (Edit ▸ Switch Annotator…).</source>
        <translation>Solo un revisor puede rechazar: cambie el rol del anotador a revisor (Editar ▸ Cambiar de anotador…).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reject flagged sample</source>
        <translation>Rechazar muestra marcada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected %1 (%2)</source>
        <translation>%1 rechazada (%2)</translation>
    </message>
</context>
<context>
    <name>tally::Flags</name>
    <message>
        <location filename="../core/store/Flags.cpp" line="+155"/>
        <source>a dismissal needs a reason</source>
        <translation>un descarte necesita un motivo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the sample has no active “%1” flag</source>
        <translation>la muestra no tiene ninguna marca “%1” activa</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no dismissed flag with id %1</source>
        <translation>ninguna marca descartada con id %1</translation>
    </message>
</context>
<context>
    <name>tally::FolderWalker</name>
    <message>
        <location filename="../core/formats/FileListing.cpp" line="+96"/>
        <source>is (through a symbolic link) the folder %1, whose files are listed already; not entered again, so that no file is imported twice</source>
        <translation>es (a través de un enlace simbólico) la carpeta %1, cuyos archivos ya están en la lista; no se vuelve a entrar, para que ningún archivo se importe dos veces</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is a symbolic link to %1, which does not exist (or the links loop)</source>
        <translation>es un enlace simbólico a %1, que no existe (o los enlaces forman un bucle)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is a symbolic link to the folder %1, outside the dataset folder %2; refused (allow files outside the dataset folder to import it: tally-cli import --allow-outside, or the import dialog)</source>
        <translation>es un enlace simbólico a la carpeta %1, fuera de la carpeta del conjunto de datos %2; rechazado (permita archivos fuera de la carpeta del conjunto de datos para importarlo: tally-cli import --allow-outside, o el diálogo de importación)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is a symbolic link to %1, which is listed already; left out, so that it is not imported twice</source>
        <translation>es un enlace simbólico a %1, que ya está en la lista; se omite, para que no se importe dos veces</translation>
    </message>
</context>
<context>
    <name>tally::HistoryDialog</name>
    <message>
        <location filename="../app/gui/HistoryDialog.cpp" line="+46"/>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(import)</source>
        <translation>(importación)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n event(s) on %1, oldest first.</source>
        <translation>
            <numerusform>%n evento en %1, del más antiguo al más reciente.</numerusform>
            <numerusform>%n eventos en %1, del más antiguo al más reciente.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>Export History</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>tally::ImageBoxView</name>
    <message>
        <location filename="../widgets/ImageBoxView.cpp" line="+111"/>
        <source>(no class)</source>
        <translation>(sin clase)</translation>
    </message>
</context>
<context>
    <name>tally::ImageImporter</name>
    <message>
        <location filename="../core/formats/ImageImporter.cpp" line="+57"/>
        <source>listed in %1</source>
        <translation>listado en %1</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>no such file or folder</source>
        <translation>el archivo o la carpeta no existe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a folder</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cannot store samples: %1</source>
        <translation>no se pudieron guardar las muestras: %1</translation>
    </message>
    <message>
        <location filename="../core/formats/CocoReader.cpp" line="+204"/>
        <source>category %1 has no id or no name</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>la categoría %1 no tiene id o nombre</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>image %1 has no id or no file_name</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>la imagen %1 no tiene id o file_name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>image id %1 is listed twice; the second entry (%2) is ignored</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>el id de imagen %1 aparece dos veces; se ignora la segunda entrada (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>image file not found (image id %1 in %2)</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>archivo de imagen no encontrado (id de imagen %1 en %2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>annotation #%1</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>anotación #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annotation %1</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>anotación %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not an object</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no image_id</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>sin image_id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image_id %1 is not in images</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>image_id %1 no está en images</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no category_id</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>sin category_id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>category_id %1 is not in categories</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>category_id %1 no está en categories</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bbox is not [x, y, width, height]</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>bbox no es [x, y, width, height]</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/formats/ImageSources.cpp" line="+51"/>
        <location filename="../core/formats/YoloReader.cpp" line="+220"/>
        <source>the box&apos;s size %1 × %2 is not positive</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>el tamaño de la caja, %1 × %2, no es positivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/formats/VocReader.cpp" line="+212"/>
        <source>%1: %2; the box is skipped</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>%1: %2; se omite la caja</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is listed under two image ids; the boxes of the second are ignored</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>%1 aparece con dos ids de imagen; se ignoran las cajas del segundo</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>no COCO JSON file (*.json) here or in annotations/</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>ningún archivo COCO JSON (*.json) aquí ni en annotations/</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/formats/ImageImporter.cpp" line="-87"/>
        <location filename="../core/formats/VocReader.cpp" line="-51"/>
        <location filename="../core/formats/YoloReader.cpp" line="-197"/>
        <source>cannot open: %1</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>no se pudo abrir: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>broken JSON at byte %1: a raw control character (0x%2) inside a string; JSON needs it escaped</source>
        <translation>JSON mal formado en el byte %1: un carácter de control sin escapar (0x%2) dentro de una cadena; JSON exige escaparlo</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>broken JSON at byte %1: %2</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>JSON mal formado en el byte %1: %2</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>no &quot;images&quot; array: not a COCO file</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>sin array &quot;images&quot;: no es un archivo COCO</translation>
    </message>
    <message>
        <location filename="../core/formats/ImageSources.cpp" line="-2"/>
        <source>the box&apos;s coordinates are not finite numbers</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ImageImporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>las coordenadas de la caja no son números finitos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the box at (%1, %2) of %3 × %4 pixels lies outside the %5 × %6 image</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ImageImporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>la caja en (%1, %2) de %3 × %4 píxeles queda fuera de la imagen de %5 × %6</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (%2): %3</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ImageImporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../core/formats/ImageImporter.cpp" line="-19"/>
        <source>gives %1 the size %2 × %3 but the image is %4 × %5; its boxes are checked against the image</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ImageImporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>asigna a %1 el tamaño %2 × %3, pero la imagen mide %4 × %5; sus cajas se comprueban con respecto a la imagen</translation>
    </message>
    <message>
        <location filename="../core/formats/ImageMeasure.cpp" line="+60"/>
        <source>truncated: the PNG %1 chunk runs past the end of the file</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ImageMeasure.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>truncado: el bloque %1 del PNG sobrepasa el final del archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>truncated: the PNG has no IEND chunk</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ImageMeasure.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>truncado: el PNG no tiene bloque IEND</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>truncated: the JPEG does not end with the EOI marker</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ImageMeasure.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>truncado: el JPEG no termina con el marcador EOI</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>truncated: the GIF does not end with its trailer</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ImageMeasure.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>truncado: el GIF no termina con su terminador (trailer)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>truncated: the BMP header says %1 bytes, the file has %2</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ImageMeasure.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>truncado: el encabezado del BMP indica %1 bytes, el archivo tiene %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>truncated: the WebP header says %1 bytes, the file has %2</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ImageMeasure.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>truncado: el encabezado del WebP indica %1 bytes, el archivo tiene %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>empty file</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ImageMeasure.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>archivo vacío</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not an image that can be read: %1</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ImageMeasure.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>no es una imagen legible: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the %1 header: %2</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ImageMeasure.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>no se pudo leer el encabezado %1: %2</translation>
    </message>
    <message>
        <location filename="../core/formats/VocReader.cpp" line="-69"/>
        <location line="+19"/>
        <source>broken XML at line %1: %2</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/VocReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>XML mal formado en la línea %1: %2</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>empty XML file</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/VocReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>archivo XML vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a Pascal VOC file: the root element is &lt;%1&gt;, not &lt;annotation&gt;</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/VocReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>no es un archivo Pascal VOC: el elemento raíz es &lt;%1&gt;, no &lt;annotation&gt;</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no &lt;bndbox&gt; with numbers in xmin, ymin, xmax and ymax</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/VocReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>ningún &lt;bndbox&gt; con números en xmin, ymin, xmax y ymax</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>xmin %1, xmax %2, ymin %3, ymax %4 give no positive size</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/VocReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>xmin %1, xmax %2, ymin %3, ymax %4 no dan un tamaño positivo</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1; its boxes are skipped</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/VocReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>%1; se omiten sus cajas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no &lt;size&gt; with a width and a height; its boxes are skipped</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/VocReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>ningún &lt;size&gt; con ancho y alto; se omiten sus cajas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>object %1</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/VocReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>objeto %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>object %1 (%2)</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/VocReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>objeto %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no &lt;name&gt; (its class)</source>
        <translation>ningún &lt;name&gt; (su clase)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>no image with this annotation&apos;s name beside it (or in ../JPEGImages/)</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/VocReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>ninguna imagen con el nombre de esta anotación junto a ella (ni en ../JPEGImages/)</translation>
    </message>
    <message>
        <location filename="../core/formats/YoloReader.cpp" line="+83"/>
        <source>no top-level names: list or map</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>ninguna lista o mapa names: en el nivel superior</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>names: has no closing %1</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>names: no tiene %1 de cierre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>names: entry “%1” is not “id: name”</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>names: la entrada “%1” no es “id: name”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>names: is neither a list nor an id: name map</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>names: no es ni una lista ni un mapa id: name</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1: “%2” is neither “- name” nor “id: name”</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>línea %1: “%2” no es ni “- name” ni “id: name”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>names: is empty</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>names: está vacío</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no class names in it</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>no contiene nombres de clase</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>expected 5 values (class x_center y_center width height), found %1</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>se esperaban 5 valores (class x_center y_center width height), se encontraron %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>class id “%1” is not a whole number from 0</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>el id de clase “%1” no es un número entero a partir de 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>class id %1 is not in %2</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>el id de clase %1 no está en %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a number</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>“%1” no es un número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>value %1 is outside 0–1</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>el valor %1 está fuera de 0–1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>line %1</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>línea %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1: %2; the row is skipped</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>línea %1: %2; se omite la fila</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>no usable data.yaml or classes.txt: boxes get their class ids as class names</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>ningún data.yaml o classes.txt utilizable: las cajas reciben sus ids de clase como nombres de clase</translation>
    </message>
</context>
<context>
    <name>tally::ImageQuality</name>
    <message>
        <location filename="../core/quality/ImageQuality.cpp" line="+45"/>
        <source>not an image: %1</source>
        <translation>no es una imagen: %1</translation>
    </message>
</context>
<context>
    <name>tally::ImageUi</name>
    <message>
        <location filename="../app/gui/ImageUi.cpp" line="+84"/>
        <source>&amp;Image</source>
        <translation>&amp;Imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Images…</source>
        <translation>&amp;Importar imágenes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Box Tool</source>
        <translation>Herramienta de &amp;caja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag on the image to draw a box (B)</source>
        <translation>Arrastre sobre la imagen para dibujar una caja (B)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy Shown Boxes to Mine</source>
        <translation>Co&amp;piar las cajas mostradas a las mías</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from imported or a colleague&apos;s boxes: copies them as your own, so that you can move, resize and name them</source>
        <translation>Partir de las cajas importadas o de un colega: las copia como propias, para que pueda moverlas, redimensionarlas y nombrarlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Visual Wake Words Rule…</source>
        <translation>Regla de &amp;Visual Wake Words…</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>x %1 · y %2</source>
        <translation>x %1 · y %2</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Cannot show %1: %2</source>
        <translation>No se puede mostrar %1: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no class</source>
        <translation>sin clase</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No boxes of others to copy on this image.</source>
        <translation>No hay cajas de otras personas que copiar en esta imagen.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Copy %n box(es) to mine</source>
        <translation>
            <numerusform>Copiar %n caja a las mías</numerusform>
            <numerusform>Copiar %n cajas a las mías</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Copied %n box(es); they are yours to edit now.</source>
        <translation>
            <numerusform>%n caja copiada; ahora es suya para editar.</numerusform>
            <numerusform>%n cajas copiadas; ahora son suyas para editar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Another import is running.</source>
        <translation>Hay otra importación en curso.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no project is open</source>
        <translation>no hay ningún proyecto abierto</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Visual Wake Words Rule</source>
        <translation>Regla de Visual Wake Words</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An image is “person” when it has a box of this class covering at least this share of the image; otherwise “not person”.</source>
        <translation>Una imagen es “persona” cuando tiene una caja de esta clase que cubre al menos esta proporción de la imagen; si no, “no persona”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person class</source>
        <translation>Clase de persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum box area</source>
        <translation>Área mínima de la caja</translation>
    </message>
</context>
<context>
    <name>tally::ImportRunner</name>
    <message>
        <location filename="../app/gui/ImportRunner.cpp" line="+72"/>
        <source>Importing %v / %m</source>
        <translation>Importando %v / %m</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Imported %1, skipped %2, already present %3, failed %4.</source>
        <translation>Importadas: %1, omitidas: %2, ya presentes: %3, con error: %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n aviso.</numerusform>
            <numerusform>%n avisos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import was cancelled; the samples imported so far were kept.</source>
        <translation>La importación se canceló; se conservaron las muestras importadas hasta ahora.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Quality checks on the %n new sample(s): </source>
        <translation>
            <numerusform>Comprobaciones de calidad en la %n muestra nueva: </numerusform>
            <numerusform>Comprobaciones de calidad en las %n muestras nuevas: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n marca</numerusform>
            <numerusform>%n marcas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n leak(s).</source>
        <translation>
            <numerusform>%n fuga.</numerusform>
            <numerusform>%n fugas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import of %1</source>
        <translation>Importación de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
</context>
<context>
    <name>tally::KeyboardUi</name>
    <message>
        <location filename="../app/gui/KeyboardUi.cpp" line="+20"/>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Atajos de teclado…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys of This &amp;View</source>
        <translation>Teclas de esta &amp;vista</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change a key in Help ▸ Keyboard Shortcuts…</source>
        <translation>Cambie una tecla en Ayuda ▸ Atajos de teclado…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keys — image view</source>
        <translation>Teclas — vista de imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys — audio view</source>
        <translation>Teclas — vista de audio</translation>
    </message>
</context>
<context>
    <name>tally::LabelPanel</name>
    <message>
        <location filename="../app/gui/LabelPanel.cpp" line="+28"/>
        <source>Annotator:</source>
        <translation>Anotador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported class:</source>
        <translation>Clase importada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My label:</source>
        <translation>Mi etiqueta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Others:</source>
        <translation>Otros:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label with (hotkey)</source>
        <translation>Etiquetar con (tecla rápida)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Clear my label  [Del]</source>
        <translation>Borrar mi etiqueta  [Supr]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other classes (used with other kinds of sample)</source>
        <translation>Otras clases (usadas con otros tipos de muestra)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+25"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>— (unlabelled)</source>
        <translation>— (sin etiqueta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hidden (blind labelling)</source>
        <translation>oculto (etiquetado a ciegas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>tally::LabelUi</name>
    <message>
        <location filename="../app/gui/LabelUi.cpp" line="+73"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Classes…</source>
        <translation>&amp;Clases…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch &amp;Annotator…</source>
        <translation>Cambiar de &amp;anotador…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Blind Labelling (hide others&apos; labels)</source>
        <translation>Etiquetado a cie&amp;gas (ocultar etiquetas de otros)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Label</source>
        <translation>E&amp;tiquetar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Next Sample</source>
        <translation>&amp;Siguiente muestra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous Sample</source>
        <translation>Muestra &amp;anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next &amp;Unlabelled</source>
        <translation>Siguiente sin eti&amp;quetar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete Region or Box / Clear My Label</source>
        <translation>&amp;Eliminar región o caja / borrar mi etiqueta</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Label “%1”</source>
        <translation>Etiquetar como “%1”</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New person %1 (%2) is working now.</source>
        <translation>La nueva persona %1 (%2) está trabajando ahora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) is working now.</source>
        <translation>%1 (%2) está trabajando ahora.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annotator: %1 (%2)</source>
        <translation>Anotador: %1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every sample has your label.</source>
        <translation>Todas las muestras tienen su etiqueta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The next unlabelled sample is hidden by the filter.</source>
        <translation>El filtro oculta la siguiente muestra sin etiquetar.</translation>
    </message>
</context>
<context>
    <name>tally::Labelling</name>
    <message>
        <location filename="../app/gui/Labelling.cpp" line="+72"/>
        <source>Label as “%1”</source>
        <translatorcomment>runtime context of app/gui/Labelling.cpp (class tally::Labelling); lupdate loses the namespace and files it under another context</translatorcomment>
        <translation>Etiquetar como “%1”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear label</source>
        <translatorcomment>runtime context of app/gui/Labelling.cpp (class tally::Labelling); lupdate loses the namespace and files it under another context</translatorcomment>
        <translation>Borrar etiqueta</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Label %n snapshots as “%1”</source>
        <translation>
            <numerusform>Etiquetar %n instantánea como “%1”</numerusform>
            <numerusform>Etiquetar %n instantáneas como “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Clear %n labels</source>
        <translation>
            <numerusform>Borrar %n etiqueta</numerusform>
            <numerusform>Borrar %n etiquetas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Add region</source>
        <translatorcomment>runtime context of app/gui/Labelling.cpp (class tally::Labelling); lupdate loses the namespace and files it under another context</translatorcomment>
        <translation>Agregar región</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set region class</source>
        <translatorcomment>runtime context of app/gui/Labelling.cpp (class tally::Labelling); lupdate loses the namespace and files it under another context</translatorcomment>
        <translation>Establecer clase de la región</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit region</source>
        <translatorcomment>runtime context of app/gui/Labelling.cpp (class tally::Labelling); lupdate loses the namespace and files it under another context</translatorcomment>
        <translation>Editar región</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete region</source>
        <translatorcomment>runtime context of app/gui/Labelling.cpp (class tally::Labelling); lupdate loses the namespace and files it under another context</translatorcomment>
        <translation>Eliminar región</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add box</source>
        <translatorcomment>runtime context of app/gui/Labelling.cpp (class tally::Labelling); lupdate loses the namespace and files it under another context</translatorcomment>
        <translation>Agregar caja</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set box class</source>
        <translatorcomment>runtime context of app/gui/Labelling.cpp (class tally::Labelling); lupdate loses the namespace and files it under another context</translatorcomment>
        <translation>Establecer clase de la caja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move or resize box</source>
        <translatorcomment>runtime context of app/gui/Labelling.cpp (class tally::Labelling); lupdate loses the namespace and files it under another context</translatorcomment>
        <translation>Mover o redimensionar caja</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete box</source>
        <translatorcomment>runtime context of app/gui/Labelling.cpp (class tally::Labelling); lupdate loses the namespace and files it under another context</translatorcomment>
        <translation>Eliminar caja</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Add class “%1”</source>
        <translatorcomment>runtime context of app/gui/Labelling.cpp (class tally::Labelling); lupdate loses the namespace and files it under another context</translatorcomment>
        <translation>Agregar clase “%1”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rename class “%1” to “%2”</source>
        <translatorcomment>runtime context of app/gui/Labelling.cpp (class tally::Labelling); lupdate loses the namespace and files it under another context</translatorcomment>
        <translation>Cambiar el nombre de la clase “%1” a “%2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit class “%1”</source>
        <translatorcomment>runtime context of app/gui/Labelling.cpp (class tally::Labelling); lupdate loses the namespace and files it under another context</translatorcomment>
        <translation>Editar clase “%1”</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Merge class “%1” into “%2”</source>
        <translatorcomment>runtime context of app/gui/Labelling.cpp (class tally::Labelling); lupdate loses the namespace and files it under another context</translatorcomment>
        <translation>Fusionar clase “%1” con “%2”</translation>
    </message>
</context>
<context>
    <name>tally::Labels</name>
    <message>
        <location filename="../core/store/Labels.cpp" line="+109"/>
        <source>no sample with id %1</source>
        <translation>ninguna muestra con id %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no annotator with id %1</source>
        <translation>ningún anotador con id %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no class with id %1</source>
        <translation>ninguna clase con id %1</translation>
    </message>
</context>
<context>
    <name>tally::LicenceDialog</name>
    <message>
        <location filename="../app/gui/LicenceDialog.cpp" line="+34"/>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n sample(s) shown in the table</source>
        <translation>
            <numerusform>La %n muestra mostrada en la tabla</numerusform>
            <numerusform>Las %n muestras mostradas en la tabla</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n sample(s)</source>
        <translation>
            <numerusform>Todas las muestras (%n)</numerusform>
            <numerusform>Todas las muestras (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Licence (SPDX)</source>
        <translation>Licencia (SPDX)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given</source>
        <translation>Otorgado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not given</source>
        <translation>No otorgado</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1: %n sample(s)</source>
        <translation>
            <numerusform>%1: %n muestra</numerusform>
            <numerusform>%1: %n muestras</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unknown)</source>
        <translation>(desconocida)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Licences now</source>
        <translation>Licencias actuales</translation>
    </message>
</context>
<context>
    <name>tally::LoudestTrim</name>
    <message>
        <location filename="../app/gui/AudioUi.cpp" line="-80"/>
        <location filename="../core/formats/LoudestTrim.cpp" line="+98"/>
        <source>the annotator already has this region</source>
        <translation>el anotador ya tiene esta región</translation>
    </message>
    <message>
        <location filename="../core/formats/LoudestTrim.cpp" line="-63"/>
        <source>not an audio sample (%1)</source>
        <translation>no es una muestra de audio (%1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the window must be a positive number of seconds</source>
        <translation>la ventana debe ser un número positivo de segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no sample rate</source>
        <translation>sin frecuencia de muestreo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no longer than the %1 s window</source>
        <translation>no es más larga que la ventana de %1 s</translation>
    </message>
</context>
<context>
    <name>tally::LoudestWindow</name>
    <message>
        <location filename="../core/audio/LoudestWindow.cpp" line="+48"/>
        <source>frames [%1, %2) are outside the signal&apos;s %3 frames</source>
        <translation>las tramas [%1, %2) están fuera de las %3 tramas de la señal</translation>
    </message>
</context>
<context>
    <name>tally::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+119"/>
        <source>Import &amp;Speech Commands folder…</source>
        <translation>Importar carpeta de Speech &amp;Commands…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Ajustar zoom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Demo</source>
        <translation>Abrir &amp;demostración</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close Project</source>
        <translation>C&amp;errar proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Tally</source>
        <translation>&amp;Acerca de Tally</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>%1 · %L2 × %L3 px</source>
        <translation>%1 · %L2 × %L3 px</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %L2 Hz · %L3 ch · %L4 s</source>
        <translation>%1 · %L2 Hz · %L3 can. · %L4 s</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spectrogram</source>
        <translation>Espectrograma</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Drawing regions (R)</source>
        <translation>Dibujando regiones (R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing boxes (B)</source>
        <translation>Dibujando cajas (B)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot open project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened %1</source>
        <translation>Proyecto abierto: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create project</source>
        <translation>No se puede crear el proyecto</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 — Tally</source>
        <translation>%1 — Tally</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tally</source>
        <translation>Tally</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Tally projects (*.tally)</source>
        <translation>Proyectos de Tally (*.tally)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No demo project found. Make one with scripts/make-demo.sh (it writes demo/demo.tally), or set TALLY_DEMO to its path.</source>
        <translation>No se encontró ningún proyecto de demostración. Cree uno con scripts/make-demo.sh (escribe demo/demo.tally) o defina TALLY_DEMO con su ruta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Demo</source>
        <translation>Abrir demostración</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Tally</source>
        <translation>Acerca de Tally</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Tally %1&lt;/b&gt;&lt;p&gt;A workstation for building TinyML datasets: label, review, balance, split and export audio, sensor and image data.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Tally %1&lt;/b&gt;&lt;p&gt;Una estación de trabajo para crear conjuntos de datos TinyML: etiquete, revise, equilibre, divida y exporte datos de audio, de sensores y de imágenes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-288"/>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
</context>
<context>
    <name>tally::MergeWriter</name>
    <message>
        <location filename="../core/store/MergeWriter.cpp" line="+317"/>
        <source>the merge names an annotator or class it does not list</source>
        <translation>la fusión nombra un anotador o una clase que no enumera</translation>
    </message>
</context>
<context>
    <name>tally::NewImportDialog</name>
    <message>
        <location filename="../app/gui/NewImportDialog.cpp" line="+24"/>
        <source>Import Speech Commands folder</source>
        <translation>Importar carpeta de Speech Commands</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Import Images</source>
        <translation>Importar imágenes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder (or COCO JSON file)</source>
        <translation>Carpeta (o archivo COCO JSON)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder with &lt;class&gt;/&lt;speaker&gt;_nohash_&lt;n&gt;.wav</source>
        <translation>Carpeta con &lt;clase&gt;/&lt;hablante&gt;_nohash_&lt;n&gt;.wav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SPDX licence identifier recorded for every imported sample</source>
        <translation>Identificador de licencia SPDX registrado en cada muestra importada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the recordings come from</source>
        <translation>De dónde provienen las grabaciones</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Where the images come from</source>
        <translation>De dónde provienen las imágenes</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Import Common Voice folder</source>
        <translation>Importar carpeta de Common Voice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Sensor Series</source>
        <translation>Importar series de sensores</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder of runs: IMS snapshots or sensor CSV files</source>
        <translation>Carpeta de ensayos: instantáneas IMS o archivos CSV de sensores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release folder with validated.tsv and clips/</source>
        <translation>Carpeta de la versión con validated.tsv y clips/</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Folder of images (class = sub-folder)</source>
        <translation>Carpeta de imágenes (clase = subcarpeta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COCO detection JSON</source>
        <translation>JSON de detección COCO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pascal VOC XML</source>
        <translation>Pascal VOC XML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YOLO txt + data.yaml / classes.txt</source>
        <translation>YOLO txt + data.yaml / classes.txt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NASA IMS snapshots (YYYY.MM.DD.HH.MM.SS files)</source>
        <translation>Instantáneas NASA IMS (archivos YYYY.MM.DD.HH.MM.SS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensor CSV (timestamp column, one column a channel)</source>
        <translation>CSV de sensores (columna timestamp, una columna por canal)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IMS snapshots&apos; sampling rate (a sensor CSV file&apos;s comes from its time column)</source>
        <translation>La frecuencia de muestreo de las instantáneas IMS (la de un archivo CSV de sensores viene de su columna de tiempo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the measurements come from</source>
        <translation>De dónde vienen las mediciones</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Allow media files outside this folder</source>
        <translation>Permitir archivos multimedia fuera de esta carpeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files that annotations name by an absolute path or with “..”, and symbolic links that lead outside the folder, are refused unless this is ticked; when ticked they are imported and listed as warnings.</source>
        <translation>Los archivos que las anotaciones indican con una ruta absoluta o con “..”, y los enlaces simbólicos que llevan fuera de la carpeta, se rechazan salvo que esto esté marcado; si está marcado, se importan y se enumeran como avisos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Layout</source>
        <translation>Estructura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence (SPDX)</source>
        <translation>Licencia (SPDX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>COCO annotations</source>
        <translation>Anotaciones COCO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image folder</source>
        <translation>Carpeta de imágenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common Voice release folder</source>
        <translation>Carpeta de una versión de Common Voice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder of sensor runs</source>
        <translation>Carpeta de ensayos de sensores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech Commands folder</source>
        <translation>Carpeta de Speech Commands</translation>
    </message>
</context>
<context>
    <name>tally::Player</name>
    <message>
        <location filename="../app/gui/Player.cpp" line="+37"/>
        <source>No audio output device: playback is not available here.</source>
        <translation>No hay dispositivo de salida de audio: la reproducción no está disponible aquí.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The audio device cannot play %1 Hz, %2 channel(s).</source>
        <translation>El dispositivo de audio no puede reproducir %1 Hz, %2 canal(es).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The audio device could not be opened.</source>
        <translation>No se pudo abrir el dispositivo de audio.</translation>
    </message>
</context>
<context>
    <name>tally::ProgressUi</name>
    <message>
        <location filename="../app/gui/ProgressUi.cpp" line="+16"/>
        <source>Samples with your label of all samples, samples in dispute, and samples nobody has labelled</source>
        <translation>Muestras con su etiqueta del total de muestras, muestras en disputa y muestras que nadie ha etiquetado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Samples with your label, per class</source>
        <translation>Muestras con su etiqueta, por clase</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>yours %1 / %2 · disputed %3 · unlabelled %4</source>
        <translation>suyas %1 / %2 · en disputa %3 · sin etiquetar %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours per class: %1</source>
        <translation>Suyas por clase: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>tally::Project</name>
    <message>
        <location filename="../core/store/Project.cpp" line="+76"/>
        <source>a file of that name already exists; choose another name</source>
        <translation>ya existe un archivo con ese nombre; elija otro nombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no such project file</source>
        <translation>el archivo de proyecto no existe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a Tally project (not an SQLite database)</source>
        <translation>no es un proyecto de Tally (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a usable project: %1</source>
        <translation>proyecto no utilizable: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot read the schema version</source>
        <translation>no se pudo leer la versión del esquema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>made by a newer Tally (schema %1, this one knows %2)</source>
        <translation>creado con un Tally más reciente (esquema %1; esta versión conoce hasta el %2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>migration to schema %1 failed: %2</source>
        <translation>falló la migración al esquema %1: %2</translation>
    </message>
    <message>
        <location filename="../core/store/ProjectSamples.cpp" line="+254"/>
        <source>no sample with id %1</source>
        <translation>ninguna muestra con id %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no such sample in the project</source>
        <translation>esa muestra no está en el proyecto</translation>
    </message>
</context>
<context>
    <name>tally::ProjectMerge</name>
    <message>
        <location filename="../core/formats/ProjectMerge.cpp" line="+186"/>
        <source>cannot merge a project into itself</source>
        <translation>no se puede fusionar un proyecto consigo mismo</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>no such project file</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ProjectMerge.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>el archivo de proyecto no existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot make a temporary folder for a copy</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ProjectMerge.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>no se pudo crear una carpeta temporal para una copia</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>cannot read the file</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ProjectMerge.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>no se pudo leer el archivo</translation>
    </message>
</context>
<context>
    <name>tally::QualityDock</name>
    <message>
        <location filename="../app/gui/QualityDock.cpp" line="+33"/>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking %v / %m</source>
        <translation>Comprobando %v / %m</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &amp;Quality Checks</source>
        <translation>Ejecutar comprobaciones de &amp;calidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quality</source>
        <translation>&amp;Calidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run Checks</source>
        <translation>Ejecutar comprobaciones</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Activas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Samples with an active flag of any check</source>
        <translation>Muestras con una marca activa de cualquier comprobación</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a check to see its measured values.</source>
        <translation>Elija una comprobación para ver sus valores medidos.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>At %1: %2 of %3 flagged by %4</source>
        <translation>En %1: %2 de %3 marcadas por %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At %1: %2 of %3 flagged.</source>
        <translation>En %1: %2 de %3 marcadas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By %1 alone: the check&apos;s other measure may flag more.</source>
        <translation>Solo por %1: la otra medida de la comprobación puede marcar más.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 has no measured value to show.</source>
        <translation>%1 no tiene ningún valor medido que mostrar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1.%2 (%3)</source>
        <translation>%1.%2 (%3)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Set %1.%2 to %3</source>
        <translation>Establecer %1.%2 en %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open a project to run the quality checks.</source>
        <translation>Abra un proyecto para ejecutar las comprobaciones de calidad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The quality checks are running already.</source>
        <translation>Las comprobaciones de calidad ya se están ejecutando.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The quality checks were cancelled; nothing was recorded.</source>
        <translation>Las comprobaciones de calidad se cancelaron; no se registró nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Quality checks on %n sample(s): </source>
        <translation>
            <numerusform>Comprobaciones de calidad en %n muestra: </numerusform>
            <numerusform>Comprobaciones de calidad en %n muestras: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n flag(s), </source>
        <translation>
            <numerusform>%n marca, </numerusform>
            <numerusform>%n marcas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) not readable.</source>
        <translation>
            <numerusform>%n archivo no legible.</numerusform>
            <numerusform>%n archivos no legibles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tally::QualityRunner</name>
    <message>
        <location filename="../core/quality/QualityRunner.cpp" line="+74"/>
        <source>cannot open: %1</source>
        <translation>no se pudo abrir: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>larger than 8 MB: not checked</source>
        <translation>mayor de 8 MB: no se comprueba</translation>
    </message>
</context>
<context>
    <name>tally::QualitySettings</name>
    <message>
        <location filename="../core/quality/QualityExport.cpp" line="+14"/>
        <location filename="../core/quality/QualitySettings.cpp" line="+213"/>
        <location line="+24"/>
        <source>unknown check “%1” (known: %2)</source>
        <translation>comprobación desconocida “%1” (conocidas: %2)</translation>
    </message>
    <message>
        <location filename="../core/quality/QualitySettings.cpp" line="-217"/>
        <source>RMS below rms_dbfs, or the EBU R 128 momentary loudness never reaches lufs_floor</source>
        <translation>RMS por debajo de rms_dbfs, o la sonoridad momentánea EBU R 128 nunca alcanza lufs_floor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>peak below peak_dbfs</source>
        <translation>pico por debajo de peak_dbfs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than max_share of the samples at |x| &gt;= 0.999</source>
        <translation>más de max_share de los valores con |x| &gt;= 0.999</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the mean of the samples further than max_abs from 0</source>
        <translation>la media de los valores a más de max_abs de 0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>duration outside expected_sec +- tolerance_sec</source>
        <translation>duración fuera de expected_sec +- tolerance_sec</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sample rate, channels or PCM bit depth other than the target (bits 0: any; compressed files have no bit depth)</source>
        <translation>frecuencia de muestreo, canales o profundidad de bits PCM distintos del objetivo (bits 0: cualquiera; los archivos comprimidos no tienen profundidad de bits)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the loudest window_sec window lies within margin_sec of the start or the end: a word cut off</source>
        <translation>la ventana de window_sec más fuerte está a menos de margin_sec del inicio o del final: una palabra cortada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the loudest window (truncated-event.window_sec) less than min_db above the quietest</source>
        <translation>la ventana más fuerte (truncated-event.window_sec) supera a la más silenciosa en menos de min_db</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>narrower than min_width or lower than min_height</source>
        <translation>más estrecha que min_width o más baja que min_height</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mean brightness below min_mean</source>
        <translation>brillo medio por debajo de min_mean</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than max_saturated of the pixels at 250 or more (of 255)</source>
        <translation>más de max_saturated de los píxeles en 250 o más (de 255)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>variance of the Laplacian of the grey image below min_laplacian_var</source>
        <translation>varianza del laplaciano de la imagen en gris por debajo de min_laplacian_var</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a box narrower or lower than min_side_px</source>
        <translation>una caja más estrecha o más baja que min_side_px</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a box reaching more than tolerance_px outside the image</source>
        <translation>una caja que sobresale más de tolerance_px fuera de la imagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>two boxes of one annotator and one class overlapping by min_iou or more</source>
        <translation>dos cajas de un mismo anotador y una misma clase que se solapan en min_iou o más</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the same bytes (content hash) as another sample</source>
        <translation>los mismos bytes (hash del contenido) que otra muestra</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chromaprint fingerprints within audio_max_ber (aligned within audio_max_shift_sec), or image PHashes within image_max_bits</source>
        <translation>huellas Chromaprint dentro de audio_max_ber (alineadas dentro de audio_max_shift_sec), o PHash de imagen dentro de image_max_bits</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a duplicate or near-duplicate pair, or one group (speaker), in two splits</source>
        <translation>un par duplicado o casi duplicado, o un grupo (hablante), en dos particiones</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>expected CHECK.PARAM=VALUE, got “%1”</source>
        <translation>se esperaba CHECK.PARAM=VALUE, se obtuvo “%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the check “%1” has no parameter “%2” (it has: %3)</source>
        <translation>la comprobación “%1” no tiene ningún parámetro “%2” (tiene: %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a number</source>
        <translation>“%1” no es un número</translation>
    </message>
</context>
<context>
    <name>tally::RegionList</name>
    <message>
        <location filename="../app/gui/RegionList.cpp" line="+16"/>
        <source>Start (s)</source>
        <translation>Inicio (s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End (s)</source>
        <translation>Fin (s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Band (Hz)</source>
        <translation>Banda (Hz)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
</context>
<context>
    <name>tally::Regions</name>
    <message>
        <location filename="../core/store/Regions.cpp" line="+48"/>
        <source>a region must start at 0 s or later (start %1 s)</source>
        <translation>una región debe empezar en 0 s o después (inicio %1 s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a region must end after it starts (start %1 s, end %2 s)</source>
        <translation>una región debe terminar después de empezar (inicio %1 s, fin %2 s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a frequency band needs both a low and a high edge</source>
        <translation>una banda de frecuencia necesita un límite inferior y uno superior</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a frequency band must have 0 ≤ low &lt; high (low %1 Hz, high %2 Hz)</source>
        <translation>una banda de frecuencia debe cumplir 0 ≤ inferior &lt; superior (inferior %1 Hz, superior %2 Hz)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a region with id %1 already exists</source>
        <translation>ya existe una región con id %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>no region with id %1</source>
        <translation>ninguna región con id %1</translation>
    </message>
</context>
<context>
    <name>tally::ReviewPanel</name>
    <message>
        <location filename="../widgets/ReviewPanel.cpp" line="+83"/>
        <source>Nothing left to review</source>
        <translation>No queda nada por revisar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reject [X]</source>
        <translation>Rechazar [X]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The sample is unusable (key X)</source>
        <translation>La muestra no es utilizable (tecla X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send back [B]</source>
        <translation>Devolver [B]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return the sample for relabelling (key B)</source>
        <translation>Devolver la muestra para volver a etiquetarla (tecla B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason (optional; R to type, Enter to return)</source>
        <translation>Motivo (opcional; R para escribir, Intro para volver)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>← Previous</source>
        <translation>← Anterior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous sample (Left or Page Up)</source>
        <translation>Muestra anterior (Flecha izquierda o Re Pág)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip ↓</source>
        <translation>Omitir ↓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave this sample undecided (Down)</source>
        <translation>Dejar esta muestra sin decidir (Flecha abajo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next sample (Right or Page Down)</source>
        <translation>Siguiente muestra (Flecha derecha o Av Pág)</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+46"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 at %2, %3 (%4 × %5 px)</source>
        <translation>%1 en %2, %3 (%4 × %5 px)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no class)</source>
        <translation>(sin clase)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>%1 — no match</source>
        <translation>%1 — sin correspondencia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · boxes</source>
        <translation>%1 · cajas</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide: %1</source>
        <translation>Decidir: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 · %3</source>
        <translation>%1 de %2 · %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> → %1</source>
        <translation> → %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes: ▲ %1 up  ▼ %2 down%3</source>
        <translation>Votos: ▲ %1 a favor  ▼ %2 en contra%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported: %1</source>
        <translation>Importado: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(no label)</source>
        <translation>(sin etiqueta)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No annotator has labelled this sample.</source>
        <translation>Ningún anotador ha etiquetado esta muestra.</translation>
    </message>
</context>
<context>
    <name>tally::ReviewQueue</name>
    <message>
        <location filename="../app/gui/ReviewQueue.cpp" line="+34"/>
        <source>Review decision</source>
        <translation>Decisión de revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review: reject</source>
        <translation>Revisión: rechazar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review: send back</source>
        <translation>Revisión: devolver</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Also samples with undecided or negative votes</source>
        <translation>También muestras con votación indecisa o negativa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adds samples that are not resolved or rejected and whose vote outcome is “other” with at least one vote, or “invalid”.</source>
        <translation>Agrega muestras no resueltas ni rechazadas cuyo resultado de votación es “otro” con al menos un voto, o “no válido”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+209"/>
        <source>Review Queue</source>
        <translation>Cola de revisión</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>class “%1”</source>
        <translation>clase “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>votes %1 up, %2 down</source>
        <translation>votos: %1 a favor, %2 en contra</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 has the role “annotator”, who may look through the queue but not decide. Switch to the role “reviewer” to record review decisions?</source>
        <translation>%1 tiene el rol “anotador”, que puede recorrer la cola pero no decidir. ¿Cambiar al rol “revisor” para registrar decisiones de revisión?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Resolved %1 as “%2”</source>
        <translation>%1 resuelta como “%2”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected %1</source>
        <translation>%1 rechazada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent %1 back to the annotators</source>
        <translation>%1 devuelta a los anotadores</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2 undoes</source>
        <translation>%1 — %2 deshace</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1. Nothing left to review.</source>
        <translation>%1. No queda nada por revisar.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Only a reviewer can decide: switch the annotator&apos;s role to reviewer (Edit ▸ Switch Annotator…).</source>
        <translation>Solo un revisor puede decidir: cambie el rol del anotador a revisor (Editar ▸ Cambiar de anotador…).</translation>
    </message>
</context>
<context>
    <name>tally::ReviewUi</name>
    <message>
        <location filename="../app/gui/ReviewUi.cpp" line="+35"/>
        <source>Agreement</source>
        <translation>Concordancia</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vote &amp;Up (label and audio match)</source>
        <translation>Votar a &amp;favor (la etiqueta y el audio coinciden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vote &amp;Down</source>
        <translation>Votar en c&amp;ontra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear My Vote</source>
        <translation>&amp;Borrar mi voto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review &amp;Queue</source>
        <translation>&amp;Cola de revisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Flagged Queue</source>
        <translation>Cola de &amp;marcadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sample &amp;History…</source>
        <translation>&amp;Historial de la muestra…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Agreement</source>
        <translation>Co&amp;ncordancia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consensus &amp;Settings…</source>
        <translation>Configuración de con&amp;senso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge Colleague&apos;s Project…</source>
        <translation>Fusionar pro&amp;yecto de un colega…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge Colleague&apos;s Project</source>
        <translation>Fusionar proyecto de un colega</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tally projects (*.tally)</source>
        <translation>Proyectos de Tally (*.tally)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import Common &amp;Voice Folder…</source>
        <translation>Importar carpeta de Common &amp;Voice…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Votes: %1 up, %2 down — %3</source>
        <translation>Votos: %1 a favor, %2 en contra — %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Clear vote</source>
        <translation>Borrar voto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vote up</source>
        <translation>Votar a favor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vote down</source>
        <translation>Votar en contra</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Consensus Settings</source>
        <translation>Configuración de consenso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consensus settings saved; statuses derived again.</source>
        <translation>Configuración de consenso guardada; estados recalculados.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matched %1 sample(s), skipped %2 not found here. Written: %3 label(s), %4 region(s), %5 vote(s), %6 review(s); %7 conflict(s); %8 annotator(s) and %9 class(es) added.</source>
        <translation>%1 muestra(s) emparejada(s), %2 omitida(s) por no existir aquí. Escritos: %3 etiqueta(s), %4 región(es), %5 voto(s), %6 revisión(es); %7 conflicto(s); %8 anotador(es) y %9 clase(s) agregados.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n box(es) added.</source>
        <translation>
            <numerusform>%n caja agregada.</numerusform>
            <numerusform>%n cajas agregadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n sample(s) skipped as ambiguous (the same bytes as several here).</source>
        <translation>
            <numerusform>%n muestra omitida por ambigua (los mismos bytes que varias de aquí).</numerusform>
            <numerusform>%n muestras omitidas por ambiguas (los mismos bytes que varias de aquí).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merge %1</source>
        <translation>Fusionar %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Skipped (no sample here with the same content):</source>
        <translation>Omitidas (ninguna muestra aquí con el mismo contenido):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ambiguous: %1 (the same bytes as: %2)</source>
        <translation>Ambigua: %1 (los mismos bytes que: %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Another import is running.</source>
        <translation>Hay otra importación en curso.</translation>
    </message>
</context>
<context>
    <name>tally::ReviewerRule</name>
    <message>
        <location filename="../core/review/ReviewerRule.cpp" line="+40"/>
        <source>“%1” has the role annotator; only reviewers and admins decide</source>
        <translation>“%1” tiene el rol de anotador; solo revisores y administradores deciden</translation>
    </message>
</context>
<context>
    <name>tally::Reviews</name>
    <message>
        <location filename="../core/store/Reviews.cpp" line="+73"/>
        <source>a class decision needs a class</source>
        <translation>una decisión de clase necesita una clase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a class decision takes a class</source>
        <translation>solo una decisión de clase lleva una clase</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no review with id %1</source>
        <translation>ninguna revisión con id %1</translation>
    </message>
    <message>
        <location filename="../core/store/ReviewsTally.cpp" line="+18"/>
        <source>no sample with id %1</source>
        <translation>ninguna muestra con id %1</translation>
    </message>
</context>
<context>
    <name>tally::SampleMeta</name>
    <message>
        <location filename="../core/store/SampleMeta.cpp" line="+157"/>
        <source>%1 samples but %2 metadata entries</source>
        <translation>%1 muestras, pero %2 entradas de metadatos</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+16"/>
        <location line="+15"/>
        <source>no sample with id %1</source>
        <translation>ninguna muestra con id %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>vote counts cannot be negative (%1 up, %2 down)</source>
        <translation>los recuentos de votos no pueden ser negativos (%1 a favor, %2 en contra)</translation>
    </message>
</context>
<context>
    <name>tally::SampleNavigator</name>
    <message>
        <location filename="../app/gui/SampleNavigator.cpp" line="+137"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>tally::SampleTable</name>
    <message>
        <location filename="../widgets/SampleTable.cpp" line="+27"/>
        <source>Filter by path, class or group…</source>
        <translation>Filtrar por ruta, clase o grupo…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>All classes</source>
        <translation>Todas las clases</translation>
    </message>
</context>
<context>
    <name>tally::SampleTableModel</name>
    <message>
        <location filename="../core/models/SampleTableModel.cpp" line="+408"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+189"/>
        <location line="+1"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+189"/>
        <location line="+1"/>
        <source>not person</source>
        <translation>no persona</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My label</source>
        <translation>Mi etiqueta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split</source>
        <translation>Partición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration (s) / size</source>
        <translation>Duración (s) / tamaño</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>VWW</source>
        <translation>VWW</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>RMS (dBFS)</source>
        <translation>RMS (dBFS)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Peak</source>
        <translation>Pico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../core/models/SampleTableFlags.cpp" line="+61"/>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 (threshold %3)</source>
        <translation>%1: %2 (umbral %3)</translation>
    </message>
</context>
<context>
    <name>tally::SeriesAnalysis</name>
    <message>
        <location filename="../core/formats/SeriesAnalysis.cpp" line="+23"/>
        <source>unknown feature “%1” (known: %2)</source>
        <translation>característica desconocida “%1” (conocidas: %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot open: %1</source>
        <translation>no se pudo abrir: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>channel %1 is not in 1 to %2</source>
        <translation>el canal %1 no está entre 1 y %2</translation>
    </message>
</context>
<context>
    <name>tally::SeriesExporter</name>
    <message>
        <location filename="../core/formats/SeriesExporter.cpp" line="+29"/>
        <source>channel %1 is not in the file (it has %2)</source>
        <translation>el canal %1 no está en el archivo (tiene %2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>its class “%1” is not the normal class “%2”, the only one written to training and validation</source>
        <translation>su clase “%1” no es la clase normal “%2”, la única que se escribe en entrenamiento y validación</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>it has %1 frames, fewer than one window of %2</source>
        <translation>tiene %1 tramas, menos que una ventana de %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>“%1” is not a channel number (1, 2, ...)</source>
        <translation>“%1” no es un número de canal (1, 2, ...)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>channel %1 is listed twice</source>
        <translation>el canal %1 aparece dos veces</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the window and the stride must be positive numbers of frames, and channels count from 1</source>
        <translation>la ventana y el paso deben ser números positivos de tramas, y los canales se cuentan desde 1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No sample of the normal class “%1” was written.</source>
        <translation>No se escribió ninguna muestra de la clase normal “%1”.</translation>
    </message>
    <message>
        <location filename="../core/formats/SeriesWindowSink.cpp" line="+72"/>
        <source>it has %1 channels, the windows before it %2: choose the channels</source>
        <translation>tiene %1 canales, las ventanas anteriores %2: elija los canales</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>it has no sample rate</source>
        <translation>no tiene frecuencia de muestreo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused class name “%1”: %2</source>
        <translation>nombre de clase rechazado “%1”: %2</translation>
    </message>
</context>
<context>
    <name>tally::SeriesImporter</name>
    <message>
        <location filename="../core/formats/SeriesImporter.cpp" line="+130"/>
        <location line="+151"/>
        <source>cannot open: %1</source>
        <translation>no se pudo abrir: %1</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>not a folder</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a sensor CSV file&apos;s rate comes from its time column; --rate is for IMS snapshots</source>
        <translation>la frecuencia de un archivo CSV de sensor se toma de su columna de tiempo; --rate es para instantáneas IMS</translation>
    </message>
</context>
<context>
    <name>tally::SeriesReaders</name>
    <message>
        <location filename="../core/sensor/SeriesReaders.cpp" line="+81"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected %1 values, found %2</source>
        <translation>se esperaban %1 valores, se encontraron %2</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 is not a number</source>
        <translation>%1 no es un número</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows, where an IMS snapshot has %2</source>
        <translation>%1 filas, cuando una instantánea IMS tiene %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the first column must be “timestamp” (ms) or “time” (s), not %1</source>
        <translation>la primera columna debe ser “timestamp” (ms) o “time” (s), no %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no channel columns after the time</source>
        <translation>ninguna columna de canal después del tiempo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the time steps vary from %1 to %2; the rate is read from the median step, %3</source>
        <translation>los pasos de tiempo varían de %1 a %2; la frecuencia se lee del paso mediano, %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no header</source>
        <translation>sin encabezado</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>missing or non-numeric value %1 in column %2</source>
        <translation>valor %1 ausente o no numérico en la columna %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>value %1 in column %2 is out of range</source>
        <translation>el valor %1 de la columna %2 está fuera de rango</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the time %1 does not increase</source>
        <translation>el tiempo %1 no es creciente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at least two rows are needed to read the rate</source>
        <translation>se necesitan al menos dos filas para leer la frecuencia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the time steps give no usable rate (%1 Hz)</source>
        <translation>los pasos de tiempo no dan una frecuencia utilizable (%1 Hz)</translation>
    </message>
</context>
<context>
    <name>tally::SeriesTrends</name>
    <message>
        <location filename="../core/store/SeriesTrends.cpp" line="+80"/>
        <source>no run “%1” with sensor snapshots</source>
        <translation>ningún ensayo “%1” con instantáneas de sensor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>run “%1” has channels 1 to %2, not %3</source>
        <translation>el ensayo “%1” tiene los canales 1 a %2, no %3</translation>
    </message>
</context>
<context>
    <name>tally::SeriesUi</name>
    <message>
        <location filename="../app/gui/SeriesUi.cpp" line="+61"/>
        <source>Import Sensor &amp;Series…</source>
        <translation>Importar &amp;series de sensores…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Trend of</source>
        <translation>Tendencia de</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spectrum of</source>
        <translation>Espectro de</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Envelope</source>
        <translation>Envolvente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The envelope spectrum (1–8 kHz band, demodulated): bearing faults show at their fault frequencies</source>
        <translation>El espectro de envolvente (banda de 1–8 kHz, demodulada): los fallos de rodamiento aparecen en sus frecuencias de fallo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log frequency</source>
        <translation>Frecuencia logarítmica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bearing…</source>
        <translation>Rodamiento…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run&apos;s bearing geometry: its fault frequencies are marked on the spectrum and measured in the trend&apos;s bpfo / bpfi / bsf / ftf</source>
        <translation>La geometría del rodamiento del ensayo: sus frecuencias de fallo se marcan en el espectro y se miden en bpfo / bpfi / bsf / ftf de la tendencia</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Drag across the trend to select snapshots, then press a class key to label them all (one undo step). Click a point to open it.</source>
        <translation>Arrastre a lo largo de la tendencia para seleccionar instantáneas y pulse la tecla de una clase para etiquetarlas todas (un solo paso de deshacer). Haga clic en un punto para abrirlo.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>all channels</source>
        <translation>todos los canales</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+25"/>
        <source>channel %1</source>
        <translation>canal %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>onset (channel %1): snapshot %2 of %3, %4</source>
        <translation>inicio (canal %1): instantánea %2 de %3, %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no onset found (channel %1)</source>
        <translation>no se encontró ningún inicio (canal %1)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Envelope spectrum, channel %1</source>
        <translation>Espectro de envolvente, canal %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spectrum, channel %1</source>
        <translation>Espectro, canal %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Another import is running.</source>
        <translation>Hay otra importación en curso.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Bearing set for %1; %n snapshots measured again</source>
        <translation>
            <numerusform>Rodamiento definido para %1; %n instantánea medida de nuevo</numerusform>
            <numerusform>Rodamiento definido para %1; %n instantáneas medidas de nuevo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tally::Session</name>
    <message>
        <location filename="../app/gui/Session.cpp" line="+100"/>
        <source>Another program changed this project; it is shown as it is now.</source>
        <translation>Otro programa cambió este proyecto; se muestra como está ahora.</translation>
    </message>
</context>
<context>
    <name>tally::ShortcutRegistry</name>
    <message>
        <location filename="../app/gui/ShortcutRegistry.cpp" line="+74"/>
        <source>There is no action “%1”.</source>
        <translation>No existe la acción “%1”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is already the key of “%2”. Give that action another key first.</source>
        <translation>%1 ya es la tecla de “%2”. Asigne antes otra tecla a esa acción.</translation>
    </message>
</context>
<context>
    <name>tally::ShortcutsDialog</name>
    <message>
        <location filename="../app/gui/ShortcutsDialog.cpp" line="+31"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select an action, then press its new key</source>
        <translation>Seleccione una acción y pulse su nueva tecla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;None</source>
        <translation>&amp;Ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;All</source>
        <translation>Restablecer &amp;todas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New key:</source>
        <translation>Nueva tecla:</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Key already used</source>
        <translation>Tecla ya usada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” now answers %2.</source>
        <translation>“%1” ahora responde a %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no key</source>
        <translation>ninguna tecla</translation>
    </message>
</context>
<context>
    <name>tally::SpectrogramSettings</name>
    <message>
        <location filename="../widgets/SpectrogramSettings.cpp" line="+18"/>
        <source> samples</source>
        <translation> muestras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hann</source>
        <translation>Hann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hamming</source>
        <translation>Hamming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blackman</source>
        <translation>Blackman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mel scale</source>
        <translation>Escala mel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FFT size</source>
        <translation>Tamaño de la FFT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hop</source>
        <translation>Salto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mel bands</source>
        <translation>Bandas mel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor</source>
        <translation>Piso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceiling</source>
        <translation>Techo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Thermal</source>
        <translation>Térmico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grayscale</source>
        <translation>Escala de grises</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jet</source>
        <translation>Jet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hot</source>
        <translation>Cálido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold</source>
        <translation>Frío</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Night</source>
        <translation>Noche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Polar</source>
        <translation>Polar</translation>
    </message>
</context>
<context>
    <name>tally::SpectrogramView</name>
    <message>
        <location filename="../widgets/SpectrogramView.cpp" line="+74"/>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time (s)</source>
        <translation>Tiempo (s)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Frequency (Hz, mel bands)</source>
        <translation>Frecuencia (Hz, bandas mel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Frequency (Hz)</source>
        <translation>Frecuencia (Hz)</translation>
    </message>
</context>
<context>
    <name>tally::SpectrumPlot</name>
    <message>
        <location filename="../widgets/SpectrumPlot.cpp" line="+41"/>
        <source>frequency (Hz)</source>
        <translation>frecuencia (Hz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level (dB)</source>
        <translation>nivel (dB)</translation>
    </message>
</context>
<context>
    <name>tally::SpeechCommandsExporter</name>
    <message>
        <location filename="../core/formats/SpeechCommandsExporter.cpp" line="+508"/>
        <source>the clip is empty or has no sample rate</source>
        <translation>el clip está vacío o no tiene frecuencia de muestreo</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>invalid rate or length (%1 Hz, %2 s)</source>
        <translation>frecuencia o duración no válida (%1 Hz, %2 s)</translation>
    </message>
    <message>
        <location line="-462"/>
        <source>refused: a class named %1 would read back as background noise; rename the class</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/SpeechCommandsExporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>rechazado: una clase llamada %1 se volvería a leer como ruido de fondo; cambie el nombre de la clase</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>refused class name &quot;%1&quot;: %2</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/SpeechCommandsExporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>nombre de clase rechazado &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>tally::SplitDialog</name>
    <message>
        <location filename="../app/gui/SplitDialog.cpp" line="+18"/>
        <location line="+22"/>
        <source>Split</source>
        <translation>Partición</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Speech Commands hashing</source>
        <translation>Hash de Speech Commands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grouped and stratified</source>
        <translation>Agrupada y estratificada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chronological within each sensor run</source>
        <translation>Cronológica dentro de cada ensayo de sensores</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speaker (group key)</source>
        <translation>Hablante (clave de grupo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metadata: %1</source>
        <translation>Metadatos: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Testing</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sample (split)</source>
        <translation>Muestra (partición)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other sample (split)</source>
        <translation>Otra muestra (partición)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Validation and testing add up to more than 100 %.</source>
        <translation>Validación y prueba suman más del 100 %.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within each sensor run the earliest snapshots train, the next validate, the latest test: a model is never tested on the past of its own training data. Other samples get no split.</source>
        <translation>Dentro de cada ensayo de sensores, las instantáneas más antiguas van a entrenamiento, las siguientes a validación y las más recientes a prueba: un modelo nunca se prueba con el pasado de sus propios datos de entrenamiento. Las demás muestras quedan sin partición.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whole groups go to one split; each class&apos;s proportions come as close to the targets as the groups allow. The same seed gives the same splits.</source>
        <translation>Los grupos completos van a una sola partición; las proporciones de cada clase se acercan a los objetivos tanto como lo permiten los grupos. La misma semilla produce las mismas particiones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TensorFlow&apos;s which_set on the file name: the same speaker lands in the same split, and adding samples never moves an existing one.</source>
        <translation>El which_set de TensorFlow sobre el nombre del archivo: el mismo hablante cae en la misma partición y agregar muestras nunca mueve una existente.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No leaks across splits were found.</source>
        <translation>No se encontraron fugas entre particiones.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n leak(s) across splits: the same or nearly the same clip, or one group, in two splits.</source>
        <translation>
            <numerusform>%n fuga entre particiones: el mismo clip o casi el mismo, o un mismo grupo, en dos particiones.</numerusform>
            <numerusform>%n fugas entre particiones: el mismo clip o casi el mismo, o un mismo grupo, en dos particiones.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>group %1</source>
        <translation>grupo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate</source>
        <translation>duplicada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>near duplicate</source>
        <translation>casi duplicada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>tally::Splits</name>
    <message>
        <location filename="../core/store/Splits.cpp" line="+277"/>
        <location line="+61"/>
        <location line="+36"/>
        <source>unknown split “%1” (training, validation or testing)</source>
        <translation>partición desconocida “%1” (training, validation o testing)</translation>
    </message>
    <message numerus="yes">
        <location line="-85"/>
        <source>%n sample id(s) not in the project</source>
        <translation>
            <numerusform>%n id de muestra no está en el proyecto</numerusform>
            <numerusform>%n ids de muestra no están en el proyecto</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>splitting by path needs an SQLite project</source>
        <translation>la partición por ruta necesita un proyecto SQLite</translation>
    </message>
    <message>
        <location line="+75"/>
        <location filename="../core/store/SplitsRights.cpp" line="+45"/>
        <source>no sample with id %1</source>
        <translation>ninguna muestra con id %1</translation>
    </message>
</context>
<context>
    <name>tally::StartPage</name>
    <message>
        <location filename="../app/gui/StartPage.cpp" line="+17"/>
        <source>&lt;h1&gt;Tally&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Tally&lt;/h1&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label, review, balance, split and export audio clips, sensor series and images for TinyML. Open a project to begin.</source>
        <translation>Etiquete, revise, equilibre, divida y exporte clips de audio, series de sensores e imágenes para TinyML. Abra un proyecto para empezar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Demo</source>
        <translation>Abrir &amp;demostración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo project: spoken keywords and street scenes (made by scripts/make-demo.sh)</source>
        <translation>El proyecto de demostración: palabras clave habladas y escenas callejeras (creado por scripts/make-demo.sh)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Recent projects&lt;/b&gt; (double-click or Enter opens)</source>
        <translation>&lt;b&gt;Proyectos recientes&lt;/b&gt; (doble clic o Intro lo abre)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — not found</source>
        <translation>%1 — no encontrado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None yet</source>
        <translation>Ninguno todavía</translation>
    </message>
</context>
<context>
    <name>tally::Store</name>
    <message>
        <location filename="../core/store/StoreSql.cpp" line="+135"/>
        <source>no sample with id %1</source>
        <translation>ninguna muestra con id %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no annotator with id %1</source>
        <translation>ningún anotador con id %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no class with id %1</source>
        <translation>ninguna clase con id %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a box needs finite coordinates</source>
        <translation>una caja necesita coordenadas finitas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a box must have a positive width and height (%1 × %2)</source>
        <translation>una caja debe tener un ancho y un alto positivos (%1 × %2)</translation>
    </message>
</context>
<context>
    <name>tally::SwitchAnnotatorDialog</name>
    <message>
        <location filename="../app/gui/SwitchAnnotatorDialog.cpp" line="+24"/>
        <source>Switch Annotator</source>
        <translation>Cambiar de anotador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annotator</source>
        <translation>Anotador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New person…</source>
        <translation>Nueva persona…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (new)</source>
        <translation>%1 (nueva)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new person in this project:</source>
        <translation>Nombre de la nueva persona en este proyecto:</translation>
    </message>
</context>
<context>
    <name>tally::ThresholdHistogram</name>
    <message>
        <location filename="../widgets/ThresholdHistogram.cpp" line="+19"/>
        <source>samples</source>
        <translation>muestras</translation>
    </message>
</context>
<context>
    <name>tally::ToolModeLabel</name>
    <message>
        <location filename="../app/gui/ToolModeLabel.cpp" line="+31"/>
        <source>Selecting</source>
        <translation>Seleccionando</translation>
    </message>
</context>
<context>
    <name>tally::TrendPlot</name>
    <message>
        <location filename="../widgets/TrendPlot.cpp" line="+86"/>
        <source>onset</source>
        <translation>inicio</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>time (UTC)</source>
        <translation>tiempo (UTC)</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>unlabelled</source>
        <translation>sin etiquetar</translation>
    </message>
</context>
<context>
    <name>tally::UndoActions</name>
    <message>
        <location filename="../app/gui/UndoActions.cpp" line="+28"/>
        <location line="+11"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+11"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Undid: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redid: %1</source>
        <translation>Rehecho: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undid: %1 on %2</source>
        <translation>Deshecho: %1 en %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redid: %1 on %2</source>
        <translation>Rehecho: %1 en %2</translation>
    </message>
</context>
<context>
    <name>tally::VersionsDialog</name>
    <message>
        <location filename="../app/gui/VersionsDialog.cpp" line="+21"/>
        <source>Export Versions</source>
        <translation>Versiones de exportación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>version %1 (%2)</source>
        <translation>versión %1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No export recorded yet.</source>
        <translation>Todavía no hay exportaciones registradas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One export recorded; a second one can be compared with it.</source>
        <translation>Una exportación registrada; una segunda podrá compararse con ella.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From version %1 to %2: %3 added, %4 removed, %5 relabelled, %6 moved to another split, %7 unchanged.</source>
        <translation>De la versión %1 a la %2: %3 agregadas, %4 eliminadas, %5 reetiquetadas, %6 movidas a otra partición, %7 sin cambios.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>added	%1	%2	%3</source>
        <translation>agregada	%1	%2	%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed	%1	%2	%3</source>
        <translation>eliminada	%1	%2	%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>relabelled	%1	%2 → %3</source>
        <translation>reetiquetada	%1	%2 → %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moved	%1	%2 → %3</source>
        <translation>movida	%1	%2 → %3</translation>
    </message>
</context>
<context>
    <name>tally::VisualWakeWords</name>
    <message>
        <location filename="../core/review/VisualWakeWords.cpp" line="+52"/>
        <source>the minimum person area must be a fraction of the image between 0 and 1 (not %1)</source>
        <translatorcomment>runtime context of the file-local tr() in core/review/VisualWakeWords.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>el área mínima de persona debe ser una fracción de la imagen entre 0 y 1 (no %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the person class needs a name</source>
        <translatorcomment>runtime context of the file-local tr() in core/review/VisualWakeWords.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>la clase de persona necesita un nombre</translation>
    </message>
</context>
<context>
    <name>tally::WaveformView</name>
    <message>
        <location filename="../widgets/WaveformView.cpp" line="+142"/>
        <source>Time (s)</source>
        <translation>Tiempo (s)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ch %1</source>
        <translation>Can. %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amplitude</source>
        <translation>Amplitud</translation>
    </message>
</context>
<context>
    <name>tally::cli::Agreement</name>
    <message>
        <location filename="../app/cli/CmdAgreement.cpp" line="+70"/>
        <source>undefined</source>
        <translation>indefinido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>items</source>
        <translation>elementos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percent agreement</source>
        <translation>concordancia porcentual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fleiss&apos; kappa</source>
        <translation>Kappa de Fleiss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Alfa de Krippendorff</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cohen&apos;s kappa %1 / %2</source>
        <translation>Kappa de Cohen %1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 items)</source>
        <translation>%1 (%2 elementos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>regions F1 at IoU %1</source>
        <translation>F1 de regiones con IoU %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 matched of %3)</source>
        <translation>%1 (%2 coincidentes de %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>boxes F1 at IoU %1</source>
        <translation>F1 de cajas con IoU %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 matched of %3, mean IoU %4, %5 comparisons)</source>
        <translation>%1 (%2 coincidentes de %3, IoU medio %4, %5 comparaciones)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Inter-annotator agreement over labels, regions and boxes.</source>
        <translation>Concordancia entre anotadores en etiquetas, regiones y cajas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translation>El archivo .tally.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One class against the rest.</source>
        <translation>Una clase contra las demás.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IoU a region match needs (0 &lt; x &lt;= 1, default 0.5).</source>
        <translation>IoU que necesita una región para coincidir (0 &lt; x &lt;= 1, por defecto 0.5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IoU a box match needs (0 &lt; x &lt;= 1, default the project&apos;s setting).</source>
        <translation>IoU que necesita una caja para coincidir (0 &lt; x &lt;= 1, por defecto: la configuración del proyecto).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir un objeto JSON.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--iou must be a number in (0, 1], not “%1”</source>
        <translation>--iou debe ser un número en (0, 1], no “%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--box-iou must be a number in (0, 1], not “%1”</source>
        <translation>--box-iou debe ser un número en (0, 1], no “%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no class named “%1”</source>
        <translation>ninguna clase llamada “%1”</translation>
    </message>
</context>
<context>
    <name>tally::cli::Balance</name>
    <message>
        <location filename="../app/cli/CmdBalance.cpp" line="+62"/>
        <source>undersample to %1 per class: drop %2 samples</source>
        <translation>submuestrear a %1 por clase: descartar %2 muestras</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oversample training to %1 per class:</source>
        <translation>sobremuestrear el entrenamiento hasta %1 por clase:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>+%1 augmented copies</source>
        <translation>+%1 copias aumentadas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>class weights:</source>
        <translation>pesos de las clases:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--undersample is a positive count</source>
        <translation>--undersample es un recuento positivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--oversample is a count (0 = the largest class)</source>
        <translation>--oversample es un recuento (0 = la clase más grande)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Class balance per split, status or metadata field; rebalance plans.</source>
        <translation>Equilibrio de clases por partición, estado o campo de metadatos; planes de reequilibrio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translation>El archivo .tally.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>split (default), status, or a metadata key.</source>
        <translation>split (por defecto), status o una clave de metadatos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours of audio instead of sample counts.</source>
        <translation>Horas de audio en lugar de recuentos de muestras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warn under this share of the largest class (default 0.5).</source>
        <translation>Avisar por debajo de esta fracción de la clase más grande (por defecto 0.5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warn under this many samples of a class in a split (default 10).</source>
        <translation>Avisar por debajo de esta cantidad de muestras de una clase en una partición (por defecto 10).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan: keep N samples per class.</source>
        <translation>Plan: conservar N muestras por clase.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan: augmented training copies up to N per class (0 = largest).</source>
        <translation>Plan: copias de entrenamiento aumentadas hasta N por clase (0 = la más grande).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan: class weights of the training samples.</source>
        <translation>Plan: pesos de las clases de las muestras de entrenamiento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir un objeto JSON.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--min-share is 0..1 and --min-split a count</source>
        <translation>--min-share va de 0 a 1 y --min-split es un recuento</translation>
    </message>
</context>
<context>
    <name>tally::cli::Bearing</name>
    <message>
        <location filename="../app/cli/CmdBearing.cpp" line="+21"/>
        <source>A known bearing: ims.</source>
        <translation>Un rodamiento conocido: ims.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rollers per row.</source>
        <translation>Elementos rodantes por hilera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pitch diameter.</source>
        <translation>Diámetro primitivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roller diameter (same unit).</source>
        <translation>Diámetro del elemento rodante (misma unidad).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact angle in degrees.</source>
        <translation>Ángulo de contacto en grados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shaft speed (rev/min).</source>
        <translation>Velocidad del eje (rev/min).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--preset takes ims, without geometry</source>
        <translation>--preset admite ims, sin geometría</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--rollers, --pitch-diameter, --roller-diameter and --rpm are needed, as numbers (--contact-angle defaults to 0)</source>
        <translation>se necesitan --rollers, --pitch-diameter, --roller-diameter y --rpm, como números (--contact-angle es 0 por defecto)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>BPFO %1 Hz  BPFI %2 Hz  BSF %3 Hz  FTF %4 Hz</source>
        <translation>BPFO %1 Hz  BPFI %2 Hz  BSF %3 Hz  FTF %4 Hz</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no bearing is stored for run “%1”</source>
        <translation>no hay ningún rodamiento guardado para el ensayo “%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--set needs --preset or the geometry</source>
        <translation>--set necesita --preset o la geometría</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Measured %1 snapshots of %2 again</source>
        <translation>Se volvieron a medir %1 instantáneas de %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bearing fault frequencies (BPFO, BPFI, BSF, FTF), and a sensor run&apos;s bearing.</source>
        <translation>Frecuencias de fallo de rodamiento (BPFO, BPFI, BSF, FTF) y el rodamiento de un ensayo de sensor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The .tally file (with --group).</source>
        <translation>El archivo .tally (con --group).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sensor run.</source>
        <translation>Un ensayo de sensor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store the geometry for the run and measure its snapshots again.</source>
        <translation>Guardar la geometría para el ensayo y volver a medir sus instantáneas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir un objeto JSON.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a project goes with --group RUN (and --set), and one without the other is an error</source>
        <translation>un proyecto va junto con --group RUN (y --set), y uno sin el otro es un error</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give --preset ims or the geometry</source>
        <translation>indique --preset ims o la geometría</translation>
    </message>
</context>
<context>
    <name>tally::cli::Boxes</name>
    <message>
        <location filename="../app/cli/CmdBoxes.cpp" line="+75"/>
        <source>a box needs a positive width and height, not %1 × %2</source>
        <translation>una caja necesita ancho y alto positivos, no %1 × %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>box %1,%2,%3,%4 is outside the %5 × %6 image</source>
        <translation>la caja %1,%2,%3,%4 está fuera de la imagen de %5 × %6</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>no class named “%1” (see `classes --add`)</source>
        <translation>ninguna clase llamada “%1” (vea `classes --add`)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--add wants X,Y,W,H (four numbers), not “%1”</source>
        <translation>--add espera X,Y,W,H (cuatro números), no “%1”</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>--delete wants a box id, not “%1”</source>
        <translation>--delete espera el id de una caja, no “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no box with id %2 on this sample</source>
        <translation>%1: ninguna caja con id %2 en esta muestra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>box %1 is %2’s, not %3’s</source>
        <translation>la caja %1 es de %2, no de %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Lists, adds or deletes an image&apos;s bounding boxes.</source>
        <translation>Lista, añade o elimina las cajas delimitadoras de una imagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translation>El archivo .tally.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image file (as on disk).</source>
        <translation>El archivo de la imagen (tal como está en el disco).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose boxes (created by --add if missing).</source>
        <translation>De quién son las cajas (lo crea --add si no existe).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a box: left, top, width, height in pixels (repeatable).</source>
        <translation>Añadir una caja: izquierda, arriba, ancho, alto en píxeles (repetible).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The class of the added boxes.</source>
        <translation>La clase de las cajas añadidas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the box with this id (repeatable).</source>
        <translation>Eliminar la caja con este id (repetible).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir un objeto JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--sample PATH is required</source>
        <translation>--sample PATH es obligatorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give --add or --delete, not both</source>
        <translation>indique --add o --delete, no ambos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--add needs --annotator NAME</source>
        <translation>--add necesita --annotator NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--class goes with --add</source>
        <translation>--class solo se usa junto con --add</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not an image (%2)</source>
        <translation>%1: no es una imagen (%2)</translation>
    </message>
</context>
<context>
    <name>tally::cli::Check</name>
    <message>
        <location filename="../app/cli/CmdCheck.cpp" line="+62"/>
        <source>Checked %1 samples (%2 decoded, the rest from stored measures): %3 flags, %4 leaks
</source>
        <translation>Se comprobaron %1 muestras (%2 decodificadas, el resto con medidas almacenadas): %3 marcas, %4 fugas
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  leak (%1): %2 in %3, %4 in %5
</source>
        <translation>  fuga (%1): %2 en %3, %4 en %5
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group %1</source>
        <translation>grupo %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 = %2
</source>
        <translation>%1 = %2
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Runs the quality checks and records what they find as flags. Checks: %1.</source>
        <translation>Ejecuta las comprobaciones de calidad y registra lo que encuentran como marcas. Comprobaciones: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .tally file.</source>
        <translation>El archivo .tally.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated checks (default: all).</source>
        <translation>Comprobaciones separadas por comas (predeterminado: todas).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change a threshold: CHECK.PARAM=VALUE.</source>
        <translation>Cambiar un umbral: CHECK.PARAM=VALUE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who changes it (for the audit).</source>
        <translation>Quién lo cambia (para la auditoría).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worker threads (0: all cores).</source>
        <translation>Hilos de trabajo (0: todos los núcleos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir un objeto JSON.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--threads must be 0 (all cores) or more</source>
        <translation>--threads debe ser 0 (todos los núcleos) o más</translation>
    </message>
</context>
<context>
    <name>tally::cli::Classes</name>
    <message>
        <location filename="../app/cli/CmdClasses.cpp" line="+78"/>
        <source>a colour is #rrggbb, not “%1”</source>
        <translation>un color es #rrggbb, no “%1”</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Lists, adds, renames or merges classes.</source>
        <translation>Lista, añade, renombra o fusiona clases.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translation>El archivo .tally.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NEW (with --rename) or INTO (with --merge).</source>
        <translation>NEW (con --rename) o INTO (con --merge).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a class.</source>
        <translation>Añadir una clase.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1-9 or a letter (with --add).</source>
        <translation>1-9 o una letra (con --add).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#rrggbb (with --add).</source>
        <translation>#rrggbb (con --add).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free text (with --add).</source>
        <translation>Texto libre (con --add).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change hotkey, colour or description of a class.</source>
        <translation>Cambiar la tecla rápida, el color o la descripción de una clase.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename class OLD to NEW.</source>
        <translation>Renombrar la clase OLD a NEW.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge class FROM into INTO.</source>
        <translation>Fusionar la clase FROM con INTO.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who makes the change (for the audit log).</source>
        <translation>Quién hace el cambio (para el registro de auditoría).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir un objeto JSON.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give at most one of --add, --edit, --rename, --merge</source>
        <translation>indique como mucho uno de --add, --edit, --rename, --merge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected PROJECT.tally --rename OLD NEW or --merge FROM INTO</source>
        <translation>se esperaba PROJECT.tally --rename OLD NEW o --merge FROM INTO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument: PROJECT.tally</source>
        <translation>se esperaba un argumento: PROJECT.tally</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--hotkey, --colour and --description go with --add or --edit</source>
        <translation>--hotkey, --colour y --description solo se usan junto con --add o --edit</translation>
    </message>
</context>
<context>
    <name>tally::cli::Commands</name>
    <message>
        <location filename="../app/cli/CmdAgreement.cpp" line="+14"/>
        <source>Percent agreement, Fleiss, Krippendorff, Cohen per pair, region and box F1</source>
        <translation>Concordancia porcentual, Fleiss, Krippendorff, Cohen por pareja, F1 de regiones y de cajas</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdBalance.cpp" line="+32"/>
        <source>Class balance per split, status or metadata field, with warnings and rebalance plans</source>
        <translation>Equilibrio de clases por partición, estado o campo de metadatos, con avisos y planes de reequilibrio</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdBoxes.cpp" line="+16"/>
        <source>List, add or delete an image&apos;s bounding boxes</source>
        <translation>Listar, añadir o eliminar las cajas delimitadoras de una imagen</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdClasses.cpp" line="+23"/>
        <source>List, add, edit, rename or merge classes (labels, regions and imported samples follow)</source>
        <translation>Listar, añadir, editar, renombrar o fusionar clases (etiquetas, regiones y muestras importadas pasan también)</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdDiff.cpp" line="+101"/>
        <source>Samples added, removed, relabelled or moved split between two export versions</source>
        <translation>Muestras añadidas, eliminadas, reetiquetadas o que cambiaron de partición entre dos versiones exportadas</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdHistory.cpp" line="+67"/>
        <source>A sample&apos;s history: import, labels, regions, votes, reviews (oldest first)</source>
        <translation>El historial de una muestra: importación, etiquetas, regiones, votos, revisiones (los más antiguos primero)</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdImport.cpp" line="+222"/>
        <source>Import a dataset folder or COCO file; exit code 1 if any file failed (the rest are imported)</source>
        <translation>Importar una carpeta de conjunto de datos o un archivo COCO; código de salida 1 si algún archivo falla (los demás se importan)</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdInit.cpp" line="+39"/>
        <source>Create an empty project (never overwrites)</source>
        <translation>Crear un proyecto vacío (nunca sobrescribe)</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdLabel.cpp" line="+258"/>
        <source>Set or clear sample labels (one transaction each; --batch reads PATH&lt;TAB&gt;CLASS from stdin)</source>
        <translation>Establecer o borrar etiquetas de muestras (una transacción cada una; --batch lee PATH&lt;TAB&gt;CLASS de la entrada estándar)</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdLicence.cpp" line="+179"/>
        <source>List licences and sources, or set licence, source, owner, consent in bulk</source>
        <translation>Listar licencias y orígenes, o establecer licencia, origen, titular y consentimiento en bloque</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdMerge.cpp" line="+107"/>
        <source>Merge a colleague&apos;s labels, regions, boxes, votes and reviews (samples matched by content)</source>
        <translation>Fusionar etiquetas, regiones, cajas, votos y revisiones de un colega (muestras emparejadas por contenido)</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdRegions.cpp" line="+115"/>
        <source>Import or export a sample&apos;s time regions as an Audacity label track</source>
        <translation>Importar o exportar las regiones de tiempo de una muestra como una pista de etiquetas de Audacity</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdSpectrogram.cpp" line="+9"/>
        <source>Power spectrogram (dB) of an audio file as a float32 .npy (frames, bins)</source>
        <translation>Espectrograma de potencia (dB) de un archivo de audio como .npy float32 (tramas, bins)</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdSplit.cpp" line="+191"/>
        <source>Assign samples to training / validation / testing; print counts and leaks</source>
        <translation>Asignar muestras a entrenamiento / validación / prueba; imprimir recuentos y fugas</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdStats.cpp" line="+124"/>
        <source>Sample count, per-class counts, total duration, images and boxes</source>
        <translation>Número de muestras, recuentos por clase, duración total, imágenes y cajas</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdStatus.cpp" line="+63"/>
        <source>Count samples per status (unlabelled … rejected) and per vote outcome</source>
        <translation>Contar muestras por estado (sin etiquetar … rechazada) y por resultado de votación</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdVersions.cpp" line="+59"/>
        <source>Recorded exports (versions) of the project</source>
        <translation>Exportaciones registradas (versiones) del proyecto</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdVote.cpp" line="+65"/>
        <source>Vote a sample up (label and audio match) or down, or clear the vote</source>
        <translation>Votar a favor de una muestra (la etiqueta y el audio coinciden) o en contra, o borrar el voto</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdCheck.cpp" line="+26"/>
        <source>Run the quality checks (levels, clipping, length, format, images, boxes, duplicates, near-duplicates, leaks) and record flags; or change a threshold</source>
        <translation>Ejecutar las comprobaciones de calidad (niveles, saturación, duración, formato, imágenes, cajas, duplicados, casi duplicados, fugas) y registrar marcas; o cambiar un umbral</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdFlags.cpp" line="+214"/>
        <source>List the quality flags, or dismiss a sample&apos;s flags of one check with a reason</source>
        <translation>Listar las marcas de calidad, o descartar con un motivo las marcas de una comprobación en una muestra</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdBearing.cpp" line="+9"/>
        <source>Bearing fault frequencies, and the bearing of a sensor run</source>
        <translation>Frecuencias de fallo de rodamiento y el rodamiento de un ensayo de sensor</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdExport.cpp" line="+420"/>
        <source>Export as Speech Commands folders, a CSV manifest, Edge Impulse info.labels, images with boxes (COCO, Pascal VOC, YOLO, Edge Impulse, Visual Wake Words, class folders), or sensor series windows (NumPy, Edge Impulse CSV), with a dataset card; recorded as a version</source>
        <translation>Exportar como carpetas Speech Commands, un manifiesto CSV, Edge Impulse info.labels, imágenes con cajas (COCO, Pascal VOC, YOLO, Edge Impulse, Visual Wake Words, carpetas por clase) o ventanas de series de sensores (NumPy, Edge Impulse CSV), con una ficha del conjunto de datos; se registra como una versión</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdSpectrum.cpp" line="+90"/>
        <source>Spectrum or envelope spectrum peaks of a sensor snapshot</source>
        <translation>Picos del espectro o del espectro de envolvente de una instantánea de sensor</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdTrend.cpp" line="+143"/>
        <source>A sensor run&apos;s features per snapshot over time, and the onset</source>
        <translation>Las características de un ensayo de sensor por instantánea a lo largo del tiempo, y el inicio</translation>
    </message>
</context>
<context>
    <name>tally::cli::Context</name>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="+30"/>
        <source>Usage: tally-cli COMMAND [ARGS...]   (tally-cli COMMAND --help for details)</source>
        <translation>Uso: tally-cli COMMAND [ARGS...]   (tally-cli COMMAND --help para más detalles)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>tally-cli: unknown command &apos;%1&apos;</source>
        <translation>tally-cli: comando desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/CliProject.cpp" line="+15"/>
        <source>expected one argument: PROJECT.tally</source>
        <translation>se esperaba un argumento: PROJECT.tally</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no project at %1</source>
        <translation>no hay ningún proyecto en %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: no such sample in the project</source>
        <translation>%1: no existe esa muestra en el proyecto</translation>
    </message>
</context>
<context>
    <name>tally::cli::Diff</name>
    <message>
        <location filename="../app/cli/CmdDiff.cpp" line="-40"/>
        <source>Compares two recorded exports.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdDiff.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Compara dos exportaciones registradas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdDiff.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>El archivo .tally.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The older version.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdDiff.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>La versión más antigua.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newer version.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdDiff.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>La versión más reciente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON object.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdDiff.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Imprimir un objeto JSON.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected PROJECT.tally V1 V2 (version numbers)</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdDiff.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>se esperaba PROJECT.tally V1 V2 (números de versión)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no project at %1</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdDiff.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>no hay ningún proyecto en %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Added: %1</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdDiff.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Agregadas: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed: %1</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdDiff.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Eliminadas: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relabelled: %1</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdDiff.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Reetiquetadas: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved split: %1</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdDiff.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Cambiaron de partición: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged: %1
</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdDiff.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Sin cambios: %1
</translation>
    </message>
</context>
<context>
    <name>tally::cli::Export</name>
    <message>
        <location filename="../app/cli/CmdExport.cpp" line="-308"/>
        <source>--rate must be a sample rate in Hz (1000..384000)</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--rate debe ser una frecuencia de muestreo en Hz (1000..384000)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--length must be a positive number of seconds</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--length debe ser un número positivo de segundos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--fit must be loudest or centre</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--fit debe ser loudest o centre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--threads must be 0 (all cores) or more</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--threads debe ser 0 (todos los núcleos) o más</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--oversample must be 0 (off) or a number of training samples</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--oversample debe ser 0 (desactivado) o un número de muestras de entrenamiento</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--annotator applies to the image formats only</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--annotator solo se aplica a los formatos de imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--person-class and --min-area apply to --format vww only</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--person-class y --min-area solo se aplican a --format vww</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--annotator needs a name</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--annotator necesita un nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--person-class needs a class name</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--person-class necesita un nombre de clase</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--min-area must be a fraction of the image between 0 and 1</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--min-area debe ser una fracción de la imagen entre 0 y 1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--window, --stride, --channels and --normal-only apply to --format series-npy and edge-impulse-csv only</source>
        <translation>--window, --stride, --channels y --normal-only solo se aplican a --format series-npy y edge-impulse-csv</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format %1 needs --window N and --stride S (frames)</source>
        <translation>--format %1 necesita --window N y --stride S (tramas)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--window must be a positive number of frames</source>
        <translation>--window debe ser un número positivo de tramas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--stride must be a positive number of frames</source>
        <translation>--stride debe ser un número positivo de tramas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--channels: %1</source>
        <translation>--channels: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--normal-only needs a class name</source>
        <translation>--normal-only necesita un nombre de clase</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Series formats: frames per window.</source>
        <translation>Formatos de serie: tramas por ventana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Series formats: frames from one window to the next.</source>
        <translation>Formatos de serie: tramas de una ventana a la siguiente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series formats: comma-separated channels from 1 (default: all).</source>
        <translation>Formatos de serie: canales separados por comas, desde 1 (predeterminado: todos).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Series formats: only this class in training and validation.</source>
        <translation>Formatos de serie: solo esta clase en entrenamiento y validación.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exports the project as a dataset.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Exporta el proyecto como conjunto de datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>El archivo .tally.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The output folder.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>La carpeta de salida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>speech-commands, csv, edge-impulse, coco, voc, yolo, vww, edge-impulse-boxes, image-classes, series-npy or edge-impulse-csv.</source>
        <translation>speech-commands, csv, edge-impulse, coco, voc, yolo, vww, edge-impulse-boxes, image-classes, series-npy o edge-impulse-csv.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>--format must be speech-commands, csv, edge-impulse, coco, voc, yolo, vww, edge-impulse-boxes, image-classes, series-npy or edge-impulse-csv</source>
        <translation>--format debe ser speech-commands, csv, edge-impulse, coco, voc, yolo, vww, edge-impulse-boxes, image-classes, series-npy o edge-impulse-csv</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Output rate in Hz.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Frecuencia de salida en Hz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clip length in seconds.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Duración del clip en segundos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longer clips: loudest or centre window.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Clips más largos: ventana más intensa (loudest) o central (centre).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated SPDX ids to export.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Ids SPDX a exportar, separados por comas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated statuses to export.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Estados a exportar, separados por comas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out _background_noise_.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Excluir _background_noise_.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker threads (0: all cores).</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Hilos de trabajo (0: todos los núcleos).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Augmented copies up to N training samples per class (0: off).</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Copias aumentadas hasta N muestras de entrenamiento por clase (0: desactivado).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image formats: whose boxes to write.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Formatos de imagen: de quién son las cajas que se escriben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vww: the class that counts as a person.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>vww: la clase que cuenta como persona.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vww: the share of the image a person box must cover (0..1).</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>vww: la proporción de la imagen que debe cubrir una caja de persona (0..1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated quality checks whose flagged samples are left out.</source>
        <translation>Comprobaciones de calidad separadas por comas cuyas muestras marcadas se omiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write into a non-empty folder.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Escribir en una carpeta no vacía.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON object.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Imprimir un objeto JSON.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected two arguments: PROJECT.tally OUTDIR</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>se esperaban dos argumentos: PROJECT.tally OUTDIR</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--allow-licence needs at least one SPDX id</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--allow-licence necesita al menos un id SPDX</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--status needs at least one status</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--status necesita al menos un estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--skip-flagged needs at least one check</source>
        <translation>--skip-flagged necesita al menos una comprobación</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export failed: %1
Nothing was written into %2 (it holds what it held before); no version was recorded.
</source>
        <translation>La exportación falló: %1
No se escribió nada en %2 (contiene lo que contenía antes); no se registró ninguna versión.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 written, %2 skipped, %3 errors into %4
</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>%1 escritas, %2 omitidas, %3 errores en %4
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 augmented training copies
</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>%1 copias de entrenamiento aumentadas
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded as version %1
</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Registrado como versión %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: %1
</source>
        <translation>aviso: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  skipped %1: %2
</source>
        <translation>  omitido %1: %2
</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>no project at %1</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>no hay ningún proyecto en %1</translation>
    </message>
</context>
<context>
    <name>tally::cli::Flags</name>
    <message>
        <location filename="../app/cli/CmdFlags.cpp" line="-110"/>
        <source>%1 has no measured value</source>
        <translation>%1 no tiene ningún valor medido</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--dismiss needs --sample PATH, --reason TEXT and --annotator NAME</source>
        <translation>--dismiss necesita --sample PATH, --reason TEXT y --annotator NAME</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown check “%1” (known: %2, or all)</source>
        <translation>comprobación desconocida “%1” (conocidas: %2, o all)</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Dismissed %n “%1” flag(s) on %2
</source>
        <translation>
            <numerusform>Se descartó %n marca “%1” en %2
</numerusform>
            <numerusform>Se descartaron %n marcas “%1” en %2
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lists the quality flags, or dismisses one check&apos;s flags on a sample.</source>
        <translation>Lista las marcas de calidad, o descarta las marcas de una comprobación en una muestra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translation>El archivo .tally.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this check&apos;s flags.</source>
        <translation>Solo las marcas de esta comprobación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sample&apos;s file.</source>
        <translation>El archivo de la muestra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss the sample&apos;s flags of these checks (comma-separated, or all).</source>
        <translation>Descartar las marcas de la muestra de estas comprobaciones (separadas por comas, o all).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the sample is kept.</source>
        <translation>Por qué se conserva la muestra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who dismisses.</source>
        <translation>Quién descarta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The active flags per check.</source>
        <translation>Las marcas activas por comprobación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stored values the check compares with its main parameter.</source>
        <translation>Los valores almacenados que la comprobación compara con su parámetro principal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir un objeto JSON.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown check “%1” (known: %2)</source>
        <translation>comprobación desconocida “%1” (conocidas: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” has no measured value (checks that have one: %2)</source>
        <translation>“%1” no tiene ningún valor medido (comprobaciones que lo tienen: %2)</translation>
    </message>
</context>
<context>
    <name>tally::cli::History</name>
    <message>
        <location filename="../app/cli/CmdHistory.cpp" line="-39"/>
        <source>Prints a sample&apos;s history (labels, regions, votes, reviews).</source>
        <translation>Imprime el historial de una muestra (etiquetas, regiones, votos, revisiones).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translation>El archivo .tally.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample file (as on disk).</source>
        <translation>El archivo de la muestra (tal como está en el disco).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir un objeto JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--sample PATH is required</source>
        <translation>--sample PATH es obligatorio</translation>
    </message>
</context>
<context>
    <name>tally::cli::Import</name>
    <message>
        <location filename="../app/cli/CmdImport.cpp" line="-142"/>
        <source>Imported %1 samples with %2 boxes (%3 skipped, %4 duplicates, %5 errors)</source>
        <translation>Se importaron %1 muestras con %2 cajas (%3 omitidas, %4 duplicadas, %5 errores)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported %1 samples (%2 skipped, %3 duplicates, %4 errors)</source>
        <translation>Se importaron %1 muestras (%2 omitidas, %3 duplicadas, %4 errores)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 warnings:</source>
        <translation>%1 avisos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>quality check: %1</source>
        <translation>comprobación de calidad: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality checks: %1 flags, %2 leaks over the %3 new samples (tally-cli flags lists them)</source>
        <translation>Comprobaciones de calidad: %1 marcas, %2 fugas en las %3 muestras nuevas (tally-cli flags las lista)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imports a dataset folder (or a COCO JSON file) into an existing project. Exit code 1 if any file or annotation failed (the others are still imported).</source>
        <translation>Importa una carpeta de conjunto de datos (o un archivo JSON de COCO) a un proyecto existente. Código de salida 1 si algún archivo o anotación falla (los demás se importan igualmente).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The .tally file (see init).</source>
        <translation>El archivo .tally (vea init).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dataset folder (coco: the JSON file or its folder).</source>
        <translation>La carpeta del conjunto de datos (coco: el archivo JSON o su carpeta).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataset layout: %1.</source>
        <translation>Estructura del conjunto de datos: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SPDX licence id for every sample.</source>
        <translation>Id de licencia SPDX para todas las muestras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the data came from.</source>
        <translation>De dónde vienen los datos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import media files outside PATH (absolute paths, &quot;..&quot;, symbolic links) with a warning instead of refusing them.</source>
        <translation>Importar archivos multimedia fuera de PATH (rutas absolutas, &quot;..&quot;, enlaces simbólicos) con un aviso en lugar de rechazarlos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not run the quality checks afterwards.</source>
        <translation>No ejecutar las comprobaciones de calidad después.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir un objeto JSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ims: the snapshots&apos; sampling rate in Hz (default 20000).</source>
        <translation>ims: la frecuencia de muestreo de las instantáneas en Hz (por defecto 20000).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected two arguments: PROJECT.tally PATH</source>
        <translation>se esperaban dos argumentos: PROJECT.tally PATH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format is required (known: %1)</source>
        <translation>--format es obligatorio (conocidos: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown format &apos;%1&apos; (known: %2)</source>
        <translation>formato desconocido &apos;%1&apos; (conocidos: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no project at %1; create it first with: tally-cli init %1</source>
        <translation>no hay ningún proyecto en %1; créelo primero con: tally-cli init %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--rate takes a rate in Hz above 0, not &apos;%1&apos;</source>
        <translation>--rate admite una frecuencia en Hz mayor que 0, no &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>tally::cli::Init</name>
    <message>
        <location filename="../app/cli/CmdInit.cpp" line="-20"/>
        <source>Creates a new, empty Tally project.</source>
        <translation>Crea un proyecto nuevo y vacío de Tally.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .tally file to create.</source>
        <translation>El archivo .tally que se creará.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected one argument: PROJECT.tally</source>
        <translation>se esperaba un argumento: PROJECT.tally</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists; refusing to overwrite it</source>
        <translation>%1 ya existe; no se sobrescribirá</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created %1</source>
        <translation>Creado %1</translation>
    </message>
</context>
<context>
    <name>tally::cli::Label</name>
    <message>
        <location filename="../app/cli/CmdLabel.cpp" line="-205"/>
        <source>%1: no such sample in the project</source>
        <translation>%1: no existe esa muestra en el proyecto</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+167"/>
        <source>a class name cannot be empty or only spaces (use --clear to clear a label)</source>
        <translation>un nombre de clase no puede estar vacío ni ser solo espacios (use --clear para borrar una etiqueta)</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>no class named “%1” (known: %2; add one with: tally-cli classes PROJECT --add NAME)</source>
        <translation>ninguna clase llamada “%1” (conocidas: %2; añada una con: tally-cli classes PROJECT --add NAME)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>--from and --to take ISO 8601 times, such as 2004-02-12T10:32:39</source>
        <translation>--from y --to admiten horas ISO 8601, como 2004-02-12T10:32:39</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no class named “%1”</source>
        <translation>ninguna clase llamada “%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no snapshot of run “%1” between %2 and %3</source>
        <translation>ninguna instantánea del ensayo “%1” entre %2 y %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>expected PATH&lt;TAB&gt;CLASS (an empty CLASS clears)</source>
        <translation>se esperaba PATH&lt;TAB&gt;CLASS (un CLASS vacío borra)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sets or clears one annotator&apos;s label of samples. Every label is committed before its &quot;ok&quot; line is printed.</source>
        <translation>Establece o borra la etiqueta de muestras de un anotador. Cada etiqueta se guarda antes de imprimir su línea &quot;ok&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The .tally file.</source>
        <translation>El archivo .tally.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample file (as on disk).</source>
        <translation>El archivo de la muestra (tal como está en el disco).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The class (must exist).</source>
        <translation>La clase (debe existir).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the annotator&apos;s label.</source>
        <translation>Borrar la etiqueta del anotador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who labels (created if missing).</source>
        <translation>Quién etiqueta (se crea si no existe).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read PATH&lt;TAB&gt;CLASS lines from stdin (empty CLASS clears).</source>
        <translation>Leer líneas PATH&lt;TAB&gt;CLASS de la entrada estándar (CLASS vacío borra).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sensor run: label its snapshots from --from to --to.</source>
        <translation>Un ensayo de sensor: etiquetar sus instantáneas de --from a --to.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First time (ISO 8601).</source>
        <translation>Hora inicial (ISO 8601).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last time (ISO 8601).</source>
        <translation>Hora final (ISO 8601).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--annotator is required</source>
        <translation>--annotator es obligatorio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--group RUN needs --from TIME --to TIME and one of --class NAME or --clear (no --sample, no --batch)</source>
        <translation>--group RUN necesita --from TIME --to TIME y uno de --class NAME o --clear (sin --sample, sin --batch)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--batch reads samples and classes from stdin; drop --sample, --class and --clear</source>
        <translation>--batch lee muestras y clases de la entrada estándar; quite --sample, --class y --clear</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give --sample PATH and one of --class NAME or --clear (or --batch)</source>
        <translation>indique --sample PATH y uno de --class NAME o --clear (o --batch)</translation>
    </message>
</context>
<context>
    <name>tally::cli::Licence</name>
    <message>
        <location filename="../app/cli/CmdLicence.cpp" line="-138"/>
        <source>no sample has the class “%1”</source>
        <translation>ninguna muestra tiene la clase “%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no sample %1 in the project</source>
        <translation>ninguna muestra %1 en el proyecto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is not an SPDX licence id (e.g. CC-BY-4.0, CC0-1.0)</source>
        <translation>“%1” no es un id de licencia SPDX (p. ej. CC-BY-4.0, CC0-1.0)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Lists or sets licence, source, owner and consent of samples.</source>
        <translation>Lista o establece licencia, origen, titular y consentimiento de muestras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translation>El archivo .tally.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sample (repeatable).</source>
        <translation>Una muestra (repetible).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every sample.</source>
        <translation>Todas las muestras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every sample of a class.</source>
        <translation>Todas las muestras de una clase.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPDX licence id (empty clears).</source>
        <translation>Id de licencia SPDX (vacío borra).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source (empty clears).</source>
        <translation>Origen (vacío borra).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner (empty clears).</source>
        <translation>Titular (vacío borra).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes or no.</source>
        <translation>yes o no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who makes the change (audit log).</source>
        <translation>Quién hace el cambio (registro de auditoría).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir un objeto JSON.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a change needs one of --sample, --all, --class (and a selection needs a change)</source>
        <translation>un cambio necesita uno de --sample, --all, --class (y una selección necesita un cambio)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--consent is yes or no</source>
        <translation>--consent es yes o no</translation>
    </message>
</context>
<context>
    <name>tally::cli::Merge</name>
    <message>
        <location filename="../app/cli/CmdMerge.cpp" line="-73"/>
        <source>Merges a colleague&apos;s project file into this one.</source>
        <translation>Fusiona el archivo de proyecto de un colega con este.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .tally file to merge into.</source>
        <translation>El archivo .tally que recibe la fusión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The colleague&apos;s .tally file (read only).</source>
        <translation>El archivo .tally del colega (solo lectura).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who merges (for the audit log).</source>
        <translation>Quién fusiona (para el registro de auditoría).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir un objeto JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected two arguments: PROJECT.tally OTHER.tally</source>
        <translation>se esperaban dos argumentos: PROJECT.tally OTHER.tally</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Matched %1 samples (%2 not in this project); added %3 labels, %4 regions, %5 boxes, %6 votes, %7 reviews; %8 conflicts (the newer kept)</source>
        <translation>%1 muestras emparejadas (%2 no están en este proyecto); añadidas %3 etiquetas, %4 regiones, %5 cajas, %6 votos, %7 revisiones; %8 conflictos (se conserva el más reciente)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ambiguous</source>
        <translation>ambiguo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same bytes as: %1</source>
        <translation>mismos bytes que: %1</translation>
    </message>
</context>
<context>
    <name>tally::cli::Regions</name>
    <message>
        <location filename="../app/cli/CmdRegions.cpp" line="-73"/>
        <source>Imported %1 regions from %2</source>
        <translation>Se importaron %1 regiones de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped %1 point labels (start = end; a region must end after it starts)</source>
        <translation>se omitieron %1 etiquetas puntuales (inicio = fin; una región debe terminar después de empezar)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created classes: %1</source>
        <translation>Clases creadas: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported %1 regions to %2</source>
        <translation>Se exportaron %1 regiones a %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imports or exports one annotator&apos;s time regions of a sample as an Audacity label track.</source>
        <translation>Importa o exporta las regiones de tiempo de una muestra de un anotador como una pista de etiquetas de Audacity.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .tally file.</source>
        <translation>El archivo .tally.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample file (as on disk).</source>
        <translation>El archivo de la muestra (tal como está en el disco).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whose regions (created on import if missing).</source>
        <translation>De quién son las regiones (se crea al importar si no existe).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the regions by this label track.</source>
        <translation>Sustituir las regiones por esta pista de etiquetas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the regions to this label track.</source>
        <translation>Escribir las regiones en esta pista de etiquetas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir un objeto JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--sample PATH and --annotator NAME are required</source>
        <translation>--sample PATH y --annotator NAME son obligatorios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give one of --import-audacity FILE or --export-audacity FILE</source>
        <translation>indique uno de --import-audacity FILE o --export-audacity FILE</translation>
    </message>
</context>
<context>
    <name>tally::cli::Review</name>
    <message>
        <location filename="../app/cli/CmdReview.cpp" line="+41"/>
        <source>%1 (add --make-reviewer to make them a reviewer)</source>
        <translation>%1 (añada --make-reviewer para hacerlo revisor)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The sample file (as on disk).</source>
        <translation>El archivo de la muestra (tal como está en el disco).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The class the sample is (must exist).</source>
        <translation>La clase de la muestra (debe existir).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample is unusable.</source>
        <translation>La muestra no es utilizable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the annotators.</source>
        <translation>De vuelta a los anotadores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why (kept with the decision).</source>
        <translation>Por qué (se guarda con la decisión).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reviewer.</source>
        <translation>El revisor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make an annotator a reviewer first.</source>
        <translation>Convierta antes a un anotador en revisor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Records a reviewer&apos;s decision on a sample.</source>
        <translation>Registra la decisión de un revisor sobre una muestra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translation>El archivo .tally.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--sample PATH and --annotator NAME are required</source>
        <translation>--sample PATH y --annotator NAME son obligatorios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give exactly one of --decide CLASS, --reject or --send-back</source>
        <translation>indique exactamente uno de --decide CLASE, --reject o --send-back</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no class named “%1”</source>
        <translation>ninguna clase llamada “%1”</translation>
    </message>
</context>
<context>
    <name>tally::cli::Spectrum</name>
    <message>
        <location filename="../app/cli/CmdSpectrum.cpp" line="-65"/>
        <source>The spectrum or envelope spectrum of a sensor snapshot&apos;s channel.</source>
        <translation>El espectro o el espectro de envolvente de un canal de una instantánea de sensor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An IMS snapshot or a sensor CSV file.</source>
        <translation>Una instantánea IMS o un archivo CSV de sensor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel, from 1 (default 1).</source>
        <translation>Canal, desde 1 (por defecto 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The envelope spectrum instead.</source>
        <translation>El espectro de envolvente en su lugar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IMS text: the rate in Hz (default 20000).</source>
        <translation>Texto IMS: la frecuencia en Hz (por defecto 20000).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many peaks to print (default 10).</source>
        <translation>Cuántos picos imprimir (por defecto 10).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir un objeto JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected one argument: FILE</source>
        <translation>se esperaba un argumento: FILE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--channel takes a number from 1, --rate a rate in Hz, --peaks a count</source>
        <translation>--channel admite un número desde 1, --rate una frecuencia en Hz, --peaks un recuento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 Hz, %2 channels; channel %3%4, %5 Hz per bin</source>
        <translation>%1 Hz, %2 canales; canal %3%4, %5 Hz por bin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (envelope)</source>
        <translation> (envolvente)</translation>
    </message>
</context>
<context>
    <name>tally::cli::Split</name>
    <message>
        <location filename="../app/cli/CmdSplit.cpp" line="-65"/>
        <source>--validation and --testing are percentages that add up to at most 100</source>
        <translation>--validation y --testing son porcentajes que suman como mucho 100</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--seed is a non-negative integer</source>
        <translation>--seed es un entero no negativo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--method grouped needs --group speaker or a metadata key</source>
        <translation>--method grouped necesita --group speaker o una clave de metadatos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--group and --seed go with --method grouped</source>
        <translation>--group y --seed solo se usan junto con --method grouped</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assigns samples to training / validation / testing.</source>
        <translation>Asigna muestras a entrenamiento / validación / prueba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translation>El archivo .tally.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>--method is speech-commands, grouped or chronological, not “%1”</source>
        <translation>--method es speech-commands, grouped o chronological, no “%1”</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>speech-commands (default), grouped or chronological.</source>
        <translation>speech-commands (por defecto), grouped o chronological.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation percentage (default 10).</source>
        <translation>Porcentaje de validación (por defecto 10).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Testing percentage (default 10).</source>
        <translation>Porcentaje de prueba (por defecto 10).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grouped: speaker, or a metadata key.</source>
        <translation>grouped: speaker o una clave de metadatos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grouped: the seed (default 0).</source>
        <translation>grouped: la semilla (por defecto 0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only print the stored splits.</source>
        <translation>Solo imprimir las particiones guardadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir un objeto JSON.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no sample has the metadata key “%1” (known: %2)</source>
        <translation>ninguna muestra tiene la clave de metadatos “%1” (conocidas: %2)</translation>
    </message>
</context>
<context>
    <name>tally::cli::Stats</name>
    <message>
        <location filename="../app/cli/CmdStats.cpp" line="-89"/>
        <source>Samples:    %1</source>
        <translation>Muestras:   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:   %1 s</source>
        <translation>Duración:   %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Background: %1</source>
        <translation>Fondo:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images:     %1</source>
        <translation>Imágenes:   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes:    %1</source>
        <translation>Clases:     %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Labels:     (class, annotator, samples)</source>
        <translation>Etiquetas:  (clase, anotador, muestras)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Boxes:      (class, boxes)</source>
        <translation>Cajas:      (clase, cajas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no class)</source>
        <translation>(sin clase)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sample count, per-class counts, total duration.</source>
        <translation>Número de muestras, recuentos por clase, duración total.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translation>El archivo .tally.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>tally::cli::Status</name>
    <message>
        <location filename="../app/cli/CmdStatus.cpp" line="-37"/>
        <source>Counts samples per status and per vote outcome.</source>
        <translation>Cuenta muestras por estado y por resultado de votación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translation>El archivo .tally.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>tally::cli::Trend</name>
    <message>
        <location filename="../app/cli/CmdTrend.cpp" line="-80"/>
        <source>Onset (%1): snapshot %2 of %3, %4</source>
        <translation>Inicio (%1): instantánea %2 de %3, %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Onset (%1): none found</source>
        <translation>Inicio (%1): no se encontró ninguno</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A sensor run&apos;s features per snapshot over time, and its onset.</source>
        <translation>Las características de un ensayo de sensor por instantánea a lo largo del tiempo, y su inicio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translation>El archivo .tally.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run (its folder).</source>
        <translation>El ensayo (su carpeta).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel, from 1 (default 1).</source>
        <translation>Canal, desde 1 (por defecto 1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The onset&apos;s feature: %1 (default rms).</source>
        <translation>La característica del inicio: %1 (por defecto rms).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snapshots in the baseline (default 20).</source>
        <translation>Instantáneas en la línea base (por defecto 20).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Robust standard deviations (default 3).</source>
        <translation>Desviaciones estándar robustas (por defecto 3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snapshots in a row above (default 3).</source>
        <translation>Instantáneas consecutivas por encima (por defecto 3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir un objeto JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--group RUN is required</source>
        <translation>--group RUN es obligatorio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--channel, --baseline and --run take whole numbers from 1, --k a number above 0</source>
        <translation>--channel, --baseline y --run admiten números enteros desde 1, --k un número mayor que 0</translation>
    </message>
</context>
<context>
    <name>tally::cli::Trim</name>
    <message>
        <location filename="../app/cli/CmdTrim.cpp" line="+65"/>
        <source>Marks (or cuts out) the loudest window of samples.</source>
        <translation>Marca (o recorta) la ventana más intensa de las muestras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translation>El archivo .tally.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sample&apos;s file (repeatable).</source>
        <translation>El archivo de una muestra (repetible).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every audio sample.</source>
        <translation>Todas las muestras de audio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who makes the regions.</source>
        <translation>Quién crea las regiones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window length in seconds.</source>
        <translation>Duración de la ventana en segundos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write derived clips instead.</source>
        <translation>Escribir clips derivados en su lugar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder for the clips.</source>
        <translation>Carpeta para los clips.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir un objeto JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected one argument: PROJECT.tally</source>
        <translation>se esperaba un argumento: PROJECT.tally</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give either --sample PATH or --all</source>
        <translation>indique --sample PATH o --all</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--annotator NAME is required</source>
        <translation>--annotator NAME es obligatorio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--window must be a positive number of seconds</source>
        <translation>--window debe ser un número positivo de segundos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--out-dir goes with --clip</source>
        <translation>--out-dir solo se usa junto con --clip</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not a sample of the project</source>
        <translation>no es una muestra del proyecto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an audio sample (%1)</source>
        <translation>no es una muestra de audio (%1)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 regions, %2 clips, %3 skipped, %4 errors
</source>
        <translation>%1 regiones, %2 clips, %3 omitidas, %4 errores
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no project at %1</source>
        <translation>no hay ningún proyecto en %1</translation>
    </message>
</context>
<context>
    <name>tally::cli::Versions</name>
    <message numerus="yes">
        <location filename="../app/cli/CmdVersions.cpp" line="-6"/>
        <source>%n samples</source>
        <translation>
            <numerusform>%n muestra</numerusform>
            <numerusform>%n muestras</numerusform>
        </translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Lists the recorded exports.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdVersions.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Enumera las exportaciones registradas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdVersions.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>El archivo .tally.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON object.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdVersions.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Imprimir un objeto JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected one argument: PROJECT.tally</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdVersions.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>se esperaba un argumento: PROJECT.tally</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no project at %1</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdVersions.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>no hay ningún proyecto en %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No exports recorded yet.
</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdVersions.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Todavía no hay exportaciones registradas.
</translation>
    </message>
</context>
<context>
    <name>tally::cli::Vote</name>
    <message>
        <location filename="../app/cli/CmdVote.cpp" line="-39"/>
        <source>Votes a sample up or down (or clears the vote).</source>
        <translation>Vota a favor o en contra de una muestra (o borra el voto).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translation>El archivo .tally.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample file (as on disk).</source>
        <translation>El archivo de la muestra (tal como está en el disco).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label and audio match.</source>
        <translation>La etiqueta y el audio coinciden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They do not.</source>
        <translation>No coinciden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the annotator&apos;s vote.</source>
        <translation>Eliminar el voto del anotador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who votes (created if missing).</source>
        <translation>Quién vota (se crea si no existe).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--sample PATH and --annotator NAME are required</source>
        <translation>--sample PATH y --annotator NAME son obligatorios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give exactly one of --up, --down or --clear</source>
        <translation>indique exactamente uno de --up, --down o --clear</translation>
    </message>
</context>
</TS>
