<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/CmdSpectrogram.cpp" line="+37"/>
        <source>--%1 expects an integer, got &apos;%2&apos;</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--%1 espera um número inteiro, recebeu &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writes the power spectrogram (dB) of FILE as a float32 .npy of shape (frames, bins).</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Grava o espectrograma de potência (dB) de FILE como um .npy float32 de formato (quadros, bins).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audio file to analyse</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Arquivo de áudio a analisar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FFT size in samples (even; a power of two is fastest)</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Tamanho da FFT em amostras (par; uma potência de dois é o mais rápido)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hop between frames in samples</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Salto entre quadros, em amostras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hann (default), hamming or blackman</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>hann (padrão), hamming ou blackman</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map to BANDS Slaney mel bands before dB</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Converter para BANDS bandas mel de Slaney antes do dB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Analyse channel C only (default: mean of all)</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Analisar só o canal C (padrão: média de todos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output .npy path</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Caminho do .npy de saída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the result as JSON</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Imprimir o resultado como JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected exactly one FILE</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>esperava-se exatamente um FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--n-fft and --hop are required</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--n-fft e --hop são obrigatórios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--out is required</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--out é obrigatório</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown window &apos;%1&apos; (use hann, hamming or blackman)</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>janela desconhecida &apos;%1&apos; (use hann, hamming ou blackman)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--mel expects a positive number of bands</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--mel espera um número positivo de bandas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--channel expects a channel index &gt;= 0</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--channel espera um índice de canal &gt;= 0</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no audio channels</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>sem canais de áudio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--channel %1 is out of range (the file has %2 channels)</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--channel %1 está fora do intervalo (o arquivo tem %2 canais)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(frames x bins, power dB)</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdSpectrogram.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>(quadros x bins, potência em dB)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+22"/>
        <source>Tally: build TinyML datasets</source>
        <translation>Tally: crie conjuntos de dados TinyML</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Project file (.tally) to open</source>
        <translation>Arquivo de projeto (.tally) a abrir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select this sample (its path as stored, or on disk)</source>
        <translation>Selecionar esta amostra (caminho tal como armazenado, ou no disco)</translation>
    </message>
</context>
<context>
    <name>tally</name>
    <message>
        <location filename="../core/formats/ExportSet.cpp" line="+50"/>
        <source>an audio clip</source>
        <translation>um clipe de áudio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an image</source>
        <translation>uma imagem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a sensor series</source>
        <translation>uma série de sensor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>background noise</source>
        <translation>ruído de fundo</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1 is not written by a %2 export</source>
        <translation>uma exportação %2 não grava %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>it is flagged by the quality check “%1”</source>
        <translation>está sinalizada pela verificação de qualidade “%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its status is not among the exported ones</source>
        <translation>seu status não está entre os exportados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its status “%1” is not among the exported ones</source>
        <translation>seu status “%1” não está entre os exportados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has no licence, and unknown licences are not allowed</source>
        <translation>não tem licença, e licenças desconhecidas não são permitidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its licence “%1” is not allowed</source>
        <translation>sua licença “%1” não é permitida</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it has no class: none imported, no label, no review decision</source>
        <translation>não tem classe: nenhuma importada, nenhum rótulo, nenhuma decisão de revisão</translation>
    </message>
</context>
<context>
    <name>tally::AgreementDock</name>
    <message>
        <location filename="../app/gui/AgreementDock.cpp" line="+29"/>
        <source>Two regions match when their intersection over union is at least this.</source>
        <translation>Duas regiões coincidem quando a interseção sobre a união (IoU) é pelo menos este valor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Boxes match one to one at the box IoU threshold of the consensus settings, same class required.</source>
        <translation>As caixas são pareadas uma a uma com o limiar de IoU de caixas das configurações de consenso; a classe precisa ser a mesma.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scope:</source>
        <translation>Escopo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples labelled:</source>
        <translation>Amostras rotuladas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent agreement:</source>
        <translation>Concordância percentual:</translation>
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
        <translation>Limiar de IoU das regiões:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region agreement:</source>
        <translation>Concordância de regiões:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box agreement:</source>
        <translation>Concordância de caixas:</translation>
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
        <translation>Amostras</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confusion:</source>
        <translation>Confusão:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vs</source>
        <translation>vs</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Whole project</source>
        <translation>Projeto inteiro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Class “%1” (vs the rest)</source>
        <translation>Classe “%1” (vs o resto)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 % (%n sample(s) with 2+ labels)</source>
        <translation>
            <numerusform>%1 % (%n amostra com 2+ rótulos)</numerusform>
            <numerusform>%1 % (%n amostras com 2+ rótulos)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no sample has regions from two annotators</source>
        <translation>nenhuma amostra tem regiões de dois anotadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1 %1, mean IoU %2 (%3 of %4 regions matched, %5 comparisons)</source>
        <translation>F1 %1, IoU médio %2 (%3 de %4 regiões coincidentes, %5 comparações)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no image has boxes from two annotators</source>
        <translation>nenhuma imagem tem caixas de dois anotadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1 %1, mean IoU %2 (%3 of %4 boxes matched, %5 comparisons, IoU ≥ %6)</source>
        <translation>F1 %1, IoU médio %2 (%3 de %4 caixas coincidentes, %5 comparações, IoU ≥ %6)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>other</source>
        <translation>outro</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 vs %2: %n sample(s)</source>
        <translation>
            <numerusform>%1 vs %2: %n amostra</numerusform>
            <numerusform>%1 vs %2: %n amostras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tally::AnnotatorDialog</name>
    <message>
        <location filename="../app/gui/AnnotatorDialog.cpp" line="+14"/>
        <source>Who is working?</source>
        <translation>Quem está trabalhando?</translation>
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
        <translation>Seu nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Função</translation>
    </message>
</context>
<context>
    <name>tally::Annotators</name>
    <message>
        <location filename="../core/store/Annotators.cpp" line="+28"/>
        <source>an annotator name cannot be empty</source>
        <translation>o nome do anotador não pode ser vazio</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no annotator named “%1”</source>
        <translation>nenhum anotador chamado “%1”</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no annotator with id %1</source>
        <translation>nenhum anotador com id %1</translation>
    </message>
</context>
<context>
    <name>tally::AudacityLabels</name>
    <message>
        <location filename="../core/formats/AudacityLabels.cpp" line="+32"/>
        <source>a frequency line is \&lt;TAB&gt;low&lt;TAB&gt;high</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/AudacityLabels.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>uma linha de frequência é \&lt;TAB&gt;inferior&lt;TAB&gt;superior</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a frequency</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/AudacityLabels.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>“%1” não é uma frequência</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the frequency band has no upper edge</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/AudacityLabels.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>a banda de frequência não tem limite superior</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the frequency band&apos;s low edge (%1 Hz) is not below its high edge (%2 Hz)</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/AudacityLabels.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>o limite inferior da banda de frequência (%1 Hz) não está abaixo do limite superior (%2 Hz)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected start&lt;TAB&gt;end&lt;TAB&gt;label</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/AudacityLabels.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>esperava-se início&lt;TAB&gt;fim&lt;TAB&gt;rótulo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a time in seconds</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/AudacityLabels.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>“%1” não é um tempo em segundos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the label starts before 0 s (%1 s)</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/AudacityLabels.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>o rótulo começa antes de 0 s (%1 s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the label ends (%1 s) before it starts (%2 s)</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/AudacityLabels.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>o rótulo termina (%1 s) antes de começar (%2 s)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a frequency line must follow a label line</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/AudacityLabels.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>uma linha de frequência deve vir depois de uma linha de rótulo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>line %1: %2</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/AudacityLabels.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot be read: %1</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/AudacityLabels.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>não pode ser lido: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+3"/>
        <source>cannot be written: %1</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/AudacityLabels.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>não pode ser gravado: %1</translation>
    </message>
</context>
<context>
    <name>tally::AudioUi</name>
    <message>
        <location filename="../app/gui/AudioUi.cpp" line="+55"/>
        <source>Loudest second %v / %m</source>
        <translation>Segundo mais alto %v / %m</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Play / Stop</source>
        <translation>&amp;Reproduzir / Parar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Region Tool (drag draws regions)</source>
        <translation>Ferramenta de &amp;região (arrastar desenha regiões)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Trim to Loudest Second</source>
        <translation>Recor&amp;tar no segundo mais intenso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trim All &amp;Shown Samples to Loudest Second</source>
        <translation>Recortar todas as amostras &amp;mostradas no segundo mais intenso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Loudest Second as New &amp;Clip</source>
        <translation>Salvar segundo mais intenso como novo &amp;clipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Audacity Labels…</source>
        <translation>&amp;Importar rótulos do Audacity…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Audacity Labels…</source>
        <translation>&amp;Exportar rótulos do Audacity…</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Long recording (%1 min): the waveform reads it from the file; spectrogram, playback and trimming are off for it.</source>
        <translation>Gravação longa (%1 min): a forma de onda é lida do arquivo; espectrograma, reprodução e corte ficam desligados para ela.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>(no class)</source>
        <translation>(sem classe)</translation>
    </message>
    <message>
        <location line="+126"/>
        <location line="+26"/>
        <location line="+19"/>
        <location line="+12"/>
        <source>Import Audacity Labels</source>
        <translation>Importar rótulos do Audacity</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Label tracks (*.txt);;All files (*)</source>
        <translation>Faixas de rótulos (*.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import Audacity labels</source>
        <translation>Importar rótulos do Audacity</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1 regions from %2 (%3 point labels skipped).</source>
        <translation>Importadas %1 regiões de %2 (%3 rótulos pontuais ignorados).</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Export Audacity Labels</source>
        <translation>Exportar rótulos do Audacity</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Label tracks (*.txt)</source>
        <translation>Faixas de rótulos (*.txt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote %1 labels to %2</source>
        <translation>%1 rótulos gravados em %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Trim %1 samples to loudest second</source>
        <translation>Recortar %1 amostras no segundo mais intenso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loudest second: %1 regions added, %2 samples skipped, %3 errors%4.</source>
        <translation>Segundo mais alto: %1 regiões adicionadas, %2 amostras ignoradas, %3 erros%4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (cancelled)</source>
        <translation> (cancelado)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trim to Loudest Second</source>
        <translation>Recortar no segundo mais intenso</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save Loudest Second</source>
        <translation>Salvar segundo mais intenso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1 as a new sample</source>
        <translation>%1 salvo como nova amostra</translation>
    </message>
</context>
<context>
    <name>tally::AuditLog</name>
    <message>
        <location filename="../core/store/AuditLog.cpp" line="+41"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1–%2 s (%3)</source>
        <translation>%1–%2 s (%3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 × %2 px at (%3, %4) (%5)</source>
        <translation>%1 × %2 px em (%3, %4) (%5)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>decided %1</source>
        <translation>decidido: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>rejeitada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent back</source>
        <translation>devolvida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>label %1 → %2</source>
        <translation>rótulo %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>region added %1</source>
        <translation>região adicionada %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>region changed %1 → %2</source>
        <translation>região alterada %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>region deleted %1</source>
        <translation>região excluída %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>box added %1</source>
        <translation>caixa adicionada %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>box changed %1 → %2</source>
        <translation>caixa alterada %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>box deleted %1</source>
        <translation>caixa excluída %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vote cleared</source>
        <translation>voto removido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voted up</source>
        <translation>votou a favor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voted down</source>
        <translation>votou contra</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>decision withdrawn (%1)</source>
        <translation>decisão retirada (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>added</source>
        <translation>adicionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added from %1</source>
        <translation>adicionada de %1</translation>
    </message>
</context>
<context>
    <name>tally::Balance</name>
    <message>
        <location filename="../core/splits/Balance.cpp" line="+56"/>
        <source>class “%1” has %2 samples, %3% of the largest class (under %4%)</source>
        <translatorcomment>runtime context of the file-local tr() in core/splits/Balance.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>a classe “%1” tem %2 amostras, %3% da maior classe (abaixo de %4%)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>class “%1” has %2 samples in %3 (fewer than %4)</source>
        <translatorcomment>runtime context of the file-local tr() in core/splits/Balance.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>a classe “%1” tem %2 amostras em %3 (menos de %4)</translation>
    </message>
</context>
<context>
    <name>tally::BalanceDock</name>
    <message>
        <location filename="../app/gui/BalanceDock.cpp" line="+47"/>
        <source>Class Balance</source>
        <translation>Balanceamento de classes</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>What the bars are stacked by: the split, the review status, or a metadata field</source>
        <translation>Por que as barras são empilhadas: a partição, o status de revisão ou um campo de metadados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours of audio instead of sample counts</source>
        <translation>Horas de áudio em vez de contagem de amostras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warn when a class has less than this share of the largest class</source>
        <translation>Avisar quando uma classe tiver menos que esta fração da maior classe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warn when a class has fewer samples than this in a split</source>
        <translation>Avisar quando uma classe tiver menos amostras que isto numa partição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stack by</source>
        <translation>Empilhar por</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Min share</source>
        <translation>Fração mínima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Min per split</source>
        <translation>Mínimo por partição</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Undersample to</source>
        <translation>Subamostrar para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversample training to</source>
        <translation>Sobreamostrar o treino até</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class weights</source>
        <translation>Pesos das classes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> per class</source>
        <translation> por classe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samples per class after the plan (oversample: 0 = the largest class)</source>
        <translation>Amostras por classe após o plano (sobreamostragem: 0 = a maior classe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Pré-visualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the plan beside the current bars; nothing is written</source>
        <translation>Desenha o plano ao lado das barras atuais; nada é gravado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy weights</source>
        <translation>Copiar pesos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rebalance</source>
        <translation>Rebalancear</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Split</source>
        <translation>Partição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review status</source>
        <translation>Status de revisão</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Field: %1</source>
        <translation>Campo: %1</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Under %1 % of the largest class: %2</source>
        <translation>Abaixo de %1 % da maior classe: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fewer than %1 samples in %2: %3</source>
        <translation>Menos de %1 amostras em %2: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no class)</source>
        <translation>(sem classe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hours of audio per class, by %1</source>
        <translation>Horas de áudio por classe, por %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples per class, by %1</source>
        <translation>Amostras por classe, por %1</translation>
    </message>
</context>
<context>
    <name>tally::Bearing</name>
    <message>
        <location filename="../core/sensor/Bearing.cpp" line="+51"/>
        <source>the roller count must be at least 1 (got %1)</source>
        <translation>o número de elementos rolantes deve ser pelo menos 1 (recebido %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the pitch diameter must be positive (got %1)</source>
        <translation>o diâmetro primitivo deve ser positivo (recebido %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the roller diameter must be positive (got %1)</source>
        <translation>o diâmetro do elemento rolante deve ser positivo (recebido %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the roller diameter (%1) must be smaller than the pitch diameter (%2)</source>
        <translation>o diâmetro do elemento rolante (%1) deve ser menor que o diâmetro primitivo (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the contact angle must be in [0, 90) degrees (got %1)</source>
        <translation>o ângulo de contato deve estar em [0, 90) graus (recebido %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the shaft speed must be positive (got %1 rpm)</source>
        <translation>a velocidade do eixo deve ser positiva (recebido %1 rpm)</translation>
    </message>
</context>
<context>
    <name>tally::BearingDialog</name>
    <message>
        <location filename="../app/gui/BearingDialog.cpp" line="+29"/>
        <source>Bearing of %1</source>
        <translation>Rolamento de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMS test bearing (Rexnord ZA-2115, 2,000 rpm)</source>
        <translation>Rolamento do ensaio IMS (Rexnord ZA-2115, 2.000 rpm)</translation>
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
        <translation>Definir e medir de novo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preset</source>
        <translation>Predefinição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rollers per row</source>
        <translation>Elementos rolantes por fileira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pitch diameter</source>
        <translation>Diâmetro primitivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roller diameter (same unit)</source>
        <translation>Diâmetro do elemento rolante (mesma unidade)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact angle</source>
        <translation>Ângulo de contato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shaft speed</source>
        <translation>Velocidade do eixo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault frequencies</source>
        <translation>Frequências de falha</translation>
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
        <translation>o tamanho da imagem é desconhecido e o cabeçalho dela não pode ser lido</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>refused class name &quot;%1&quot;: %2</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/BoxExporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>nome de classe recusado &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the image file is missing</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/BoxExporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>o arquivo de imagem não foi encontrado</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>no annotator named &quot;%1&quot;</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/BoxExporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>nenhum anotador chamado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(no image class)</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/BoxExporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>(sem classe de imagem)</translation>
    </message>
</context>
<context>
    <name>tally::Boxes</name>
    <message>
        <location filename="../core/store/Boxes.cpp" line="+39"/>
        <source>a box with id %1 already exists</source>
        <translation>já existe uma caixa com id %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>no box with id %1</source>
        <translation>nenhuma caixa com id %1</translation>
    </message>
</context>
<context>
    <name>tally::CheckHistogram</name>
    <message>
        <location filename="../core/quality/CheckHistogram.cpp" line="+74"/>
        <source>The check %1 has no measured value to show.</source>
        <translation>A verificação %1 não tem valor medido para mostrar.</translation>
    </message>
</context>
<context>
    <name>tally::CheckedFile</name>
    <message>
        <location filename="../core/util/CheckedFile.cpp" line="+51"/>
        <source>cannot write: %1</source>
        <translation>não foi possível gravar: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>disk full (%1)</source>
        <translation>disco cheio (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file too large for the file system or the file-size limit (%1)</source>
        <translation>arquivo grande demais para o sistema de arquivos ou para o limite de tamanho de arquivo (%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+72"/>
        <source>cannot create: %1</source>
        <translation>não foi possível criar: %1</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+26"/>
        <source>cannot read: %1</source>
        <translation>não foi possível ler: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot create the folder: %1</source>
        <translation>não foi possível criar a pasta: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot create the folder: a file of that name is in the way</source>
        <translation>não foi possível criar a pasta: já existe um arquivo com esse nome</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot open: %1</source>
        <translation>não foi possível abrir: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot write to disk: %1</source>
        <translation>não foi possível gravar no disco: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+8"/>
        <source>cannot write: the file is not open</source>
        <translation>não é possível gravar: o arquivo não está aberto</translation>
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
        <translation>Amostras</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Planned (outlined)</source>
        <translation>Planejado (contorno)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing to show</source>
        <translation>Nada a mostrar</translation>
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
        <translation>limiar %1</translation>
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
        <translation>Planejado: %1</translation>
    </message>
</context>
<context>
    <name>tally::ClassEditor</name>
    <message>
        <location filename="../app/gui/ClassEditor.cpp" line="+26"/>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+82"/>
        <source>Hotkey</source>
        <translation>Atalho</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+83"/>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+84"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge into…</source>
        <translation>&amp;Mesclar em…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>1–9 or a letter; J, K, N and R are taken by Tally</source>
        <translation>1–9 ou uma letra; J, K, N e R são reservadas pelo Tally</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The key %1 is used by Tally itself; choose another.</source>
        <translation>A tecla %1 é usada pelo próprio Tally; escolha outra.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>New class</source>
        <translation>Nova classe</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Edit class</source>
        <translation>Editar classe</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+3"/>
        <source>Merge class</source>
        <translation>Mesclar classe</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Merge “%1” into (its labels and regions follow):</source>
        <translation>Mesclar “%1” em (seus rótulos e regiões vão junto):</translation>
    </message>
</context>
<context>
    <name>tally::Classes</name>
    <message>
        <location filename="../core/store/Classes.cpp" line="+51"/>
        <source>a class name cannot be empty or only spaces</source>
        <translation>um nome de classe não pode ser vazio nem conter só espaços</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a class name cannot contain tabs or line breaks: “%1”</source>
        <translation>um nome de classe não pode conter tabulações nem quebras de linha: “%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a hotkey is 1–9 or a single letter, not “%1”</source>
        <translation>uma tecla de atalho é 1–9 ou uma única letra, não “%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a class named “%1” already exists</source>
        <translation>já existe uma classe chamada “%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>hotkey %1 is already used by “%2”</source>
        <translation>a tecla de atalho %1 já é usada por “%2”</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no class named “%1”</source>
        <translation>nenhuma classe chamada “%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no class with id %1</source>
        <translation>nenhuma classe com id %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>class “%1” is still used by labels, regions, boxes or samples</source>
        <translation>a classe “%1” ainda é usada por rótulos, regiões, caixas ou amostras</translation>
    </message>
    <message>
        <location filename="../core/store/ClassesMerge.cpp" line="+71"/>
        <source>cannot merge a class into itself</source>
        <translation>não é possível mesclar uma classe com ela mesma</translation>
    </message>
</context>
<context>
    <name>tally::CommonVoiceImporter</name>
    <message>
        <location filename="../core/formats/CommonVoiceImporter.cpp" line="+67"/>
        <source>listed on line %1 of %2</source>
        <translation>listado na linha %1 de %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>not a folder</source>
        <translation>não é uma pasta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no validated.tsv, invalidated.tsv or other.tsv</source>
        <translation>nenhum validated.tsv, invalidated.tsv ou other.tsv</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot store samples: %1</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CommonVoiceImporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>não foi possível armazenar as amostras: %1</translation>
    </message>
    <message>
        <location filename="../core/formats/CommonVoiceTsv.cpp" line="+34"/>
        <source>expected %1 columns, found %2</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CommonVoiceImporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>esperavam-se %1 colunas, encontradas %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 “%2” is not a whole number</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CommonVoiceImporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>%1 “%2” não é um número inteiro</translation>
    </message>
    <message>
        <location filename="../core/formats/CommonVoiceImporter.cpp" line="-100"/>
        <location line="+36"/>
        <source>cannot open: %1</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CommonVoiceImporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>não foi possível abrir: %1</translation>
    </message>
    <message>
        <location filename="../core/formats/CommonVoiceTsv.cpp" line="+22"/>
        <source>no header line with a “path” column</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CommonVoiceImporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>nenhuma linha de cabeçalho com uma coluna “path”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>empty path</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CommonVoiceImporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>caminho vazio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1: %2</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CommonVoiceImporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <location filename="../core/formats/CommonVoiceImporter.cpp" line="-3"/>
        <source>clip not found (listed in %1)</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CommonVoiceImporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>clipe não encontrado (listado em %1)</translation>
    </message>
</context>
<context>
    <name>tally::ConfusionHeatmap</name>
    <message>
        <location filename="../widgets/ConfusionHeatmap.cpp" line="+58"/>
        <source>Samples</source>
        <translation>Amostras</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>No labels to compare</source>
        <translation>Nenhum rótulo para comparar</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1: %2, %3: %4</source>
        <translation>%1: %2, %3: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Count %2 · %3% of the row</source>
        <translation>%1
Contagem %2 · %3% da linha</translation>
    </message>
</context>
<context>
    <name>tally::ConsensusSettingsDialog</name>
    <message>
        <location filename="../app/gui/ConsensusSettingsDialog.cpp" line="+17"/>
        <source>Consensus Settings</source>
        <translation>Configurações de consenso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labels a sample needs before it can be agreed or disputed.</source>
        <translation>Rótulos de que uma amostra precisa antes de poder ser considerada concordante ou em disputa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share of the labels the most frequent class needs: 1 = all agree, 0.667 = two of three.</source>
        <translation>Fração dos rótulos de que a classe mais frequente precisa: 1 = todos concordam, 0.667 = dois de três.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An “invalid” vote outcome rejects the sample</source>
        <translation>Um resultado de votação “inválido” rejeita a amostra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up + down votes needed before a sample is valid or invalid (Common Voice uses 2).</source>
        <translation>Votos a favor + contra necessários para que uma amostra seja válida ou inválida (o Common Voice usa 2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Two annotators&apos; boxes match when their intersection over union is at least this; an image where some box has no match of the same class is disputed.</source>
        <translation>As caixas de dois anotadores coincidem quando a interseção sobre a união (IoU) é pelo menos este valor; uma imagem em que alguma caixa não tem correspondente da mesma classe fica em disputa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minimum annotators:</source>
        <translation>Mínimo de anotadores:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majority needed:</source>
        <translation>Maioria necessária:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum votes:</source>
        <translation>Mínimo de votos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box IoU threshold:</source>
        <translation>Limiar de IoU das caixas:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statuses are derived again for every sample when you press OK.</source>
        <translation>Os status são recalculados para todas as amostras quando você clicar em OK.</translation>
    </message>
</context>
<context>
    <name>tally::DatasetCard</name>
    <message>
        <location filename="../core/formats/DatasetCard.cpp" line="+267"/>
        <source># Dataset card: %1

</source>
        <translation># Ficha do conjunto de dados: %1

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
        <translation>- Versão do Tally: %1
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
        <translation>## Licenças

</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>licence</source>
        <translation>licença</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Credits: see %1.

</source>
        <translation>Créditos: veja %1.

</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>(no source recorded)</source>
        <translation>(nenhuma origem registrada)</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>## Leaks across splits

</source>
        <translation>## Vazamentos entre partições

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none found

</source>
        <translation>nenhum encontrado

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
        <translation>- %1 (%2) e %3 (%4): %5
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>- and %1 more
</source>
        <translation>- e mais %1
</translation>
    </message>
    <message>
        <location line="+106"/>
        <source># Attribution

</source>
        <translation># Atribuição

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every licence in this export with its number of samples.

</source>
        <translation>Cada licença desta exportação com o seu número de amostras.

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>## Sources that ask for credit

</source>
        <translation>## Fontes que pedem crédito

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sample carries a licence that asks for credit (CC-BY*).
</source>
        <translation>Nenhuma amostra tem uma licença que peça crédito (CC-BY*).
</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>- %1 (%n samples)
</source>
        <translation>
            <numerusform>- %1 (%n amostra)
</numerusform>
            <numerusform>- %1 (%n amostras)
</numerusform>
        </translation>
    </message>
    <message>
        <location line="-245"/>
        <source>unspecified</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>não especificada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>samples</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>amostras</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>## Samples per class and split

</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>## Amostras por classe e partição

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 images.

</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>%1 imagens.

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 samples, %2 hours of audio (%3 background recordings).

</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>%1 amostras, %2 horas de áudio (%3 gravações de fundo).

</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>class</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>classe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>training</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>treino</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>validation</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>validação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>testing</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>teste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no split</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>sem partição</translation>
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
        <translation>(não informado)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No sample has demographic metadata (gender, age, accent).

</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Nenhuma amostra tem metadados demográficos (gênero, idade, sotaque).

</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Left out of this export by quality check (flagged, not dismissed):

</source>
        <translation>Deixadas fora desta exportação pela verificação de qualidade (sinalizadas, não dispensadas):

</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>## Review status

</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>## Status de revisão

</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>not recorded

</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>não registrado

</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>status</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>## Quality

</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>## Qualidade

</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+13"/>
        <source>check</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>verificação</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>## Split

</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DatasetCard.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>## Partição

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
        <translation>não registrado</translation>
    </message>
</context>
<context>
    <name>tally::DatasetScope</name>
    <message>
        <location filename="../core/formats/DatasetScope.cpp" line="+41"/>
        <source>lies outside the dataset folder %1</source>
        <translation>fica fora da pasta do conjunto de dados %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its folder is a symbolic link to %1, outside the dataset folder %2</source>
        <translation>sua pasta é um link simbólico para %1, fora da pasta do conjunto de dados %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is a symbolic link to %1, outside the dataset folder %2</source>
        <translation>é um link simbólico para %1, fora da pasta do conjunto de dados %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; imported because files outside the dataset folder are allowed</source>
        <translation>%1; importado porque arquivos fora da pasta do conjunto de dados são permitidos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1; refused (allow files outside the dataset folder to import it: tally-cli import --allow-outside, or the import dialog)</source>
        <translation>%1; recusado (permita arquivos fora da pasta do conjunto de dados para importá-lo: tally-cli import --allow-outside, ou o diálogo de importação)</translation>
    </message>
</context>
<context>
    <name>tally::DatasetUi</name>
    <message>
        <location filename="../app/gui/DatasetUi.cpp" line="+37"/>
        <source>&amp;Dataset</source>
        <translation>&amp;Conjunto de dados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class &amp;Balance</source>
        <translation>&amp;Balanceamento de classes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Split…</source>
        <translation>&amp;Partição…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licences…</source>
        <translation>&amp;Licenças…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Versions…</source>
        <translation>&amp;Versões…</translation>
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
        <translation>Nenhum projeto está aberto.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>No sample has the metadata key “%1”.</source>
        <translation>Nenhuma amostra tem a chave de metadados “%1”.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 is not empty. Replace the export in it? Files the earlier export did not write are kept; a folder that no Tally export wrote is not replaced.</source>
        <translation>%1 não está vazia. Substituir a exportação nela? Os arquivos que a exportação anterior não gravou são mantidos; uma pasta que nenhuma exportação do Tally gravou não é substituída.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export refused: %1 is not empty.</source>
        <translation>Exportação recusada: %1 não está vazia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting into %1…</source>
        <translation>Exportando para %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export into %1</source>
        <translation>Exportar para %1</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Training %1, validation %2, testing %3.</source>
        <translation>Treino %1, validação %2, teste %3.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Licences</source>
        <translation>Licenças</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Changed %n sample(s).</source>
        <translation>
            <numerusform>%n amostra alterada.</numerusform>
            <numerusform>%n amostras alteradas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An export is running.</source>
        <translation>Uma exportação está em andamento.</translation>
    </message>
</context>
<context>
    <name>tally::DerivedClip</name>
    <message>
        <location filename="../core/formats/DerivedClip.cpp" line="+71"/>
        <source>already exists; not overwritten</source>
        <translation>já existe; não foi sobrescrito</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create its folder</source>
        <translation>não foi possível criar a pasta</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>cannot read back: %1</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DerivedClip.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>não foi possível ler de volta: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot store the sample: %1</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DerivedClip.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>não foi possível armazenar a amostra: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already a sample of the project</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/DerivedClip.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>já é uma amostra do projeto</translation>
    </message>
</context>
<context>
    <name>tally::DisplayNames</name>
    <message>
        <location filename="../core/models/DisplayNames.cpp" line="+29"/>
        <location line="+1"/>
        <source>unlabelled</source>
        <translation>sem rótulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>labelled</source>
        <translation>rotulada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreed</source>
        <translation>concordante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disputed</source>
        <translation>em disputa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>resolvida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>rejeitada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>background</source>
        <translation>fundo</translation>
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
        <translation>outro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid</source>
        <translation>inválido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>training</source>
        <translation>treino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation</source>
        <translation>validação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>testing</source>
        <translation>teste</translation>
    </message>
</context>
<context>
    <name>tally::DockLayout</name>
    <message>
        <location filename="../app/gui/DockLayout.cpp" line="+27"/>
        <source>Reset &amp;Layout</source>
        <translation>Redefinir &amp;layout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put every dock back where it starts and fit the window</source>
        <translation>Recolocar cada painel na posição inicial e ajustar a janela</translation>
    </message>
</context>
<context>
    <name>tally::ExportCheck</name>
    <message numerus="yes">
        <location filename="../app/gui/ExportCheck.cpp" line="+70"/>
        <source>%n sample(s) would be written, %1 skipped.</source>
        <translation>
            <numerusform>%n amostra seria gravada; ignoradas: %1.</numerusform>
            <numerusform>%n amostras seriam gravadas; ignoradas: %1.</numerusform>
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
        <translation>Exportar mesmo assim</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped %1: %2</source>
        <translation>Ignorado %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export not started.</source>
        <translation>Exportação não iniciada.</translation>
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
        <translation>Pastas Speech Commands (WAV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV manifest</source>
        <translation>Manifesto CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edge Impulse info.labels</source>
        <translation>Edge Impulse info.labels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images: COCO JSON</source>
        <translation>Imagens: COCO JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images: Pascal VOC</source>
        <translation>Imagens: Pascal VOC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images: YOLO</source>
        <translation>Imagens: YOLO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images: Edge Impulse bounding boxes</source>
        <translation>Imagens: caixas delimitadoras do Edge Impulse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images: Visual Wake Words (person / not person)</source>
        <translation>Imagens: Visual Wake Words (pessoa / não pessoa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images: a folder per class</source>
        <translation>Imagens: uma pasta por classe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensor series: NumPy windows</source>
        <translation>Séries de sensores: janelas NumPy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensor series: Edge Impulse CSV windows</source>
        <translation>Séries de sensores: janelas CSV do Edge Impulse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
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
        <translation>desligado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> per class</source>
        <translation> por classe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Augmented copies (time shift, gain, background noise) bring every class&apos;s training samples up to this count</source>
        <translation>Cópias aumentadas (deslocamento no tempo, ganho, ruído de fundo) levam as amostras de treino de cada classe até esta contagem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(unknown)</source>
        <translation>(desconhecida)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commercial use only</source>
        <translation>Só uso comercial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick every non-commercial (-NC) licence and samples of unknown licence</source>
        <translation>Desmarcar toda licença não comercial (-NC) e as amostras de licença desconhecida</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only agreed, resolved and labelled samples are ticked: disputed, rejected and unlabelled ones would go out under their imported class.</source>
        <translation>Só as amostras concordantes, resolvidas e rotuladas estão marcadas: as em disputa, rejeitadas e sem rótulo sairiam com a classe importada.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversample training to</source>
        <translation>Sobreamostrar o treino até</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licences</source>
        <translation>Licenças</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statuses</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <source> frames</source>
        <translation> quadros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all (or e.g. 1,3)</source>
        <translation>todos (ou p. ex. 1,3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off (or the normal class)</source>
        <translation>desligado (ou a classe normal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For anomaly detection: training and validation hold only this class, testing holds every class</source>
        <translation>Para detecção de anomalias: treino e validação só com esta classe, teste com todas as classes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window</source>
        <translation>Janela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stride</source>
        <translation>Passo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Canais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal only</source>
        <translation>Só normal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export into</source>
        <translation>Exportar para</translation>
    </message>
</context>
<context>
    <name>tally::ExportFolder</name>
    <message>
        <location filename="../core/formats/ExportFolder.cpp" line="+131"/>
        <source>cannot keep your file: %1</source>
        <translation>não foi possível manter o seu arquivo: %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>no export folder given</source>
        <translation>nenhuma pasta de exportação informada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot export into the root of the file system</source>
        <translation>não é possível exportar para a raiz do sistema de arquivos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>another export into this folder is running (%1, process %2 on %3)</source>
        <translation>outra exportação para esta pasta está em andamento (%1, processo %2 em %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the lock file in %1 (is the folder writable?)</source>
        <translation>não foi possível criar o arquivo de bloqueio em %1 (a pasta permite gravação?)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot put back the export a killed run set aside</source>
        <translation>não foi possível restaurar a exportação que uma execução interrompida deixou de lado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot remove what a killed export left behind</source>
        <translation>não foi possível remover o que uma exportação interrompida deixou para trás</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>holds files that no Tally export wrote (%1); it is not replaced. Choose a new or empty folder, or move those files away</source>
        <translation>contém arquivos que nenhuma exportação do Tally gravou (%1); não é substituída. Escolha uma pasta nova ou vazia, ou mova esses arquivos para outro lugar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot create a staging folder beside it: %1</source>
        <translation>não foi possível criar uma pasta de preparação ao lado dela: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>refused: not a path relative to the export folder %1</source>
        <translation>recusado: não é um caminho relativo à pasta de exportação %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused: the path is outside the export folder %1</source>
        <translation>recusado: o caminho está fora da pasta de exportação %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused: the name is the export&apos;s own marker file</source>
        <translation>recusado: o nome é o do próprio arquivo marcador da exportação</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>is not a file of the previous export, and the new export would replace it; move it away first</source>
        <translation>não é um arquivo da exportação anterior, e a nova exportação o substituiria; mova-o para outro lugar primeiro</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+18"/>
        <source>cannot move the export into place: %1</source>
        <translation>não foi possível mover a exportação para o lugar: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>cannot set the previous export aside: %1</source>
        <translation>não foi possível pôr de lado a exportação anterior: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot take the new export back: %1</source>
        <translation>não foi possível retirar a nova exportação: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot put the previous export back</source>
        <translation>não foi possível restaurar a exportação anterior</translation>
    </message>
</context>
<context>
    <name>tally::ExportPaths</name>
    <message>
        <location filename="../core/formats/ExportPaths.cpp" line="+35"/>
        <source>an empty name cannot be a file or folder name</source>
        <translation>um nome vazio não pode ser nome de arquivo ou pasta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name would leave its folder (it is &apos;.&apos;, &apos;..&apos; or holds a slash); rename it in the project</source>
        <translation>o nome sairia da sua pasta (é &apos;.&apos;, &apos;..&apos; ou contém uma barra); renomeie-o no projeto</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>refused: not a path relative to the export folder %1</source>
        <translation>recusado: não é um caminho relativo à pasta de exportação %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused: the path is outside the export folder %1</source>
        <translation>recusado: o caminho está fora da pasta de exportação %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>refused: a symbolic link leads outside the export folder %1</source>
        <translation>recusado: um link simbólico leva para fora da pasta de exportação %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused: the path is a symbolic link</source>
        <translation>recusado: o caminho é um link simbólico</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>exists and is not a folder</source>
        <translation>existe e não é uma pasta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the folder is not empty; choose an empty folder or allow overwriting (--force)</source>
        <translation>a pasta não está vazia; escolha uma pasta vazia ou permita sobrescrever (--force)</translation>
    </message>
</context>
<context>
    <name>tally::ExportReviewInputs</name>
    <message>
        <location filename="../core/formats/ExportReviewInputs.cpp" line="+40"/>
        <source>unknown status (expected one of unlabelled, labelled, agreed, disputed, resolved, rejected)</source>
        <translation>status desconhecido (esperado um de unlabelled, labelled, agreed, disputed, resolved, rejected)</translation>
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
        <translation>A exportação foi cancelada; a pasta ficou como estava.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export failed: %1. The folder was left as it was; no version was recorded.</source>
        <translation>A exportação falhou: %1. A pasta ficou como estava; nenhuma versão foi registrada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written %1, skipped %2, errors %3.</source>
        <translation>Gravadas: %1, ignoradas: %2, erros: %3.</translation>
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
        <translation>Registrado como versão %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skipped %1: %2</source>
        <translation>Ignorado %1: %2</translation>
    </message>
</context>
<context>
    <name>tally::ExportSplitTally</name>
    <message>
        <location filename="../core/formats/ExportSet.cpp" line="-68"/>
        <source>The split “%1” is empty.</source>
        <translation>A partição “%1” está vazia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The class “%1” has no sample in “%2”.</source>
        <translation>A classe “%1” não tem nenhuma amostra em “%2”.</translation>
    </message>
</context>
<context>
    <name>tally::Exports</name>
    <message>
        <location filename="../core/store/Exports.cpp" line="+206"/>
        <source>no export version %1</source>
        <translation>nenhuma versão de exportação %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the snapshot of export version %1 is damaged</source>
        <translation>o instantâneo da versão de exportação %1 está danificado</translation>
    </message>
</context>
<context>
    <name>tally::FlagTriage</name>
    <message>
        <location filename="../core/quality/FlagTriage.cpp" line="+46"/>
        <source>kept after review</source>
        <translation>mantida após revisão</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the sample has no active flag of %1</source>
        <translation>a amostra não tem alerta ativo de %1</translation>
    </message>
</context>
<context>
    <name>tally::FlaggedPanel</name>
    <message>
        <location filename="../app/gui/FlaggedPanel.cpp" line="+35"/>
        <source>&amp;Keep (Dismiss the Flags)</source>
        <translation>&amp;Manter (dispensar os alertas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject the Sample</source>
        <translation>&amp;Rejeitar a amostra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trim to Loudest Second</source>
        <translation>&amp;Cortar no segundo mais alto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Próxima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the sample: the flags shown are dismissed with the reason</source>
        <translation>Manter a amostra: os alertas mostrados são dispensados com o motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the sample (a review decision naming the checks)</source>
        <translation>Rejeitar a amostra (uma decisão de revisão que cita as verificações)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a region over the loudest second (wrong length, cut event)</source>
        <translation>Adicionar uma região sobre o segundo mais alto (duração errada, evento cortado)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Threshold</source>
        <translation>Limiar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other sample</source>
        <translation>Outra amostra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kept after review</source>
        <translation>mantida após revisão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the sample is kept (/ to type, Enter to go back)</source>
        <translation>Por que a amostra é mantida (/ para digitar, Enter para voltar)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check:</source>
        <translation>Verificação:</translation>
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
        <translation>Fila de sinalizadas</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>All checks (%n active)</source>
        <translation>
            <numerusform>Todas as verificações (%n ativo)</numerusform>
            <numerusform>Todas as verificações (%n ativos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 (%n active)</source>
        <translation>
            <numerusform>%1 (%n ativo)</numerusform>
            <numerusform>%1 (%n ativos)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No sample has an active quality flag.</source>
        <translation>Nenhuma amostra tem alerta de qualidade ativo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sample has an active “%1” flag.</source>
        <translation>Nenhuma amostra tem alerta “%1” ativo.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 — %2 undoes</source>
        <translation>%1 — %2 desfaz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. No flagged sample left.</source>
        <translation>%1. Não resta nenhuma amostra sinalizada.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Keep flagged sample</source>
        <translation>Manter amostra sinalizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept %1 (%2 dismissed)</source>
        <translation>%1 mantida (%2 dispensados)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only a reviewer can reject: switch the annotator&apos;s role to reviewer (Edit ▸ Switch Annotator…).</source>
        <translation>Só um revisor pode rejeitar: mude a função do anotador para revisor (Editar ▸ Trocar de anotador…).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reject flagged sample</source>
        <translation>Rejeitar amostra sinalizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected %1 (%2)</source>
        <translation>%1 rejeitada (%2)</translation>
    </message>
</context>
<context>
    <name>tally::Flags</name>
    <message>
        <location filename="../core/store/Flags.cpp" line="+155"/>
        <source>a dismissal needs a reason</source>
        <translation>uma dispensa precisa de um motivo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the sample has no active “%1” flag</source>
        <translation>a amostra não tem alerta “%1” ativo</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no dismissed flag with id %1</source>
        <translation>nenhum alerta dispensado com id %1</translation>
    </message>
</context>
<context>
    <name>tally::FolderWalker</name>
    <message>
        <location filename="../core/formats/FileListing.cpp" line="+96"/>
        <source>is (through a symbolic link) the folder %1, whose files are listed already; not entered again, so that no file is imported twice</source>
        <translation>é (por meio de um link simbólico) a pasta %1, cujos arquivos já estão listados; não é percorrida de novo, para que nenhum arquivo seja importado duas vezes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is a symbolic link to %1, which does not exist (or the links loop)</source>
        <translation>é um link simbólico para %1, que não existe (ou os links formam um ciclo)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is a symbolic link to the folder %1, outside the dataset folder %2; refused (allow files outside the dataset folder to import it: tally-cli import --allow-outside, or the import dialog)</source>
        <translation>é um link simbólico para a pasta %1, fora da pasta do conjunto de dados %2; recusado (permita arquivos fora da pasta do conjunto de dados para importá-lo: tally-cli import --allow-outside, ou a caixa de diálogo de importação)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is a symbolic link to %1, which is listed already; left out, so that it is not imported twice</source>
        <translation>é um link simbólico para %1, que já está listado; deixado de fora, para que não seja importado duas vezes</translation>
    </message>
</context>
<context>
    <name>tally::HistoryDialog</name>
    <message>
        <location filename="../app/gui/HistoryDialog.cpp" line="+46"/>
        <source>History of %1</source>
        <translation>Histórico de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(import)</source>
        <translation>(importação)</translation>
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
            <numerusform>%n evento em %1, do mais antigo ao mais recente.</numerusform>
            <numerusform>%n eventos em %1, do mais antigo ao mais recente.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>Export History</source>
        <translation>Exportar histórico</translation>
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
        <translation>(sem classe)</translation>
    </message>
</context>
<context>
    <name>tally::ImageImporter</name>
    <message>
        <location filename="../core/formats/ImageImporter.cpp" line="+57"/>
        <source>listed in %1</source>
        <translation>listado em %1</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>no such file or folder</source>
        <translation>o arquivo ou pasta não existe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a folder</source>
        <translation>não é uma pasta</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cannot store samples: %1</source>
        <translation>não foi possível armazenar as amostras: %1</translation>
    </message>
    <message>
        <location filename="../core/formats/CocoReader.cpp" line="+204"/>
        <source>category %1 has no id or no name</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>a categoria %1 não tem id ou nome</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>image %1 has no id or no file_name</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>a imagem %1 não tem id ou file_name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>image id %1 is listed twice; the second entry (%2) is ignored</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>o id de imagem %1 aparece duas vezes; a segunda entrada (%2) é ignorada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>image file not found (image id %1 in %2)</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>arquivo de imagem não encontrado (id de imagem %1 em %2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>annotation #%1</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>anotação #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annotation %1</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>anotação %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not an object</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>não é um objeto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no image_id</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>sem image_id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image_id %1 is not in images</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>image_id %1 não está em images</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no category_id</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>sem category_id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>category_id %1 is not in categories</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>category_id %1 não está em categories</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bbox is not [x, y, width, height]</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>bbox não é [x, y, width, height]</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/formats/ImageSources.cpp" line="+51"/>
        <location filename="../core/formats/YoloReader.cpp" line="+220"/>
        <source>the box&apos;s size %1 × %2 is not positive</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>o tamanho da caixa, %1 × %2, não é positivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/formats/VocReader.cpp" line="+212"/>
        <source>%1: %2; the box is skipped</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>%1: %2; a caixa é ignorada</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is listed under two image ids; the boxes of the second are ignored</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>%1 aparece sob dois ids de imagem; as caixas do segundo são ignoradas</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>no COCO JSON file (*.json) here or in annotations/</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>nenhum arquivo COCO JSON (*.json) aqui nem em annotations/</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/formats/ImageImporter.cpp" line="-87"/>
        <location filename="../core/formats/VocReader.cpp" line="-51"/>
        <location filename="../core/formats/YoloReader.cpp" line="-197"/>
        <source>cannot open: %1</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>não foi possível abrir: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>broken JSON at byte %1: a raw control character (0x%2) inside a string; JSON needs it escaped</source>
        <translation>JSON malformado no byte %1: um caractere de controle literal (0x%2) dentro de uma string; o JSON exige que ele seja escapado</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>broken JSON at byte %1: %2</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>JSON malformado no byte %1: %2</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>no &quot;images&quot; array: not a COCO file</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/CocoReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>sem array &quot;images&quot;: não é um arquivo COCO</translation>
    </message>
    <message>
        <location filename="../core/formats/ImageSources.cpp" line="-2"/>
        <source>the box&apos;s coordinates are not finite numbers</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ImageImporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>as coordenadas da caixa não são números finitos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the box at (%1, %2) of %3 × %4 pixels lies outside the %5 × %6 image</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ImageImporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>a caixa em (%1, %2) de %3 × %4 pixels fica fora da imagem de %5 × %6</translation>
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
        <translation>atribui a %1 o tamanho %2 × %3, mas a imagem tem %4 × %5; as caixas dela são verificadas em relação à imagem</translation>
    </message>
    <message>
        <location filename="../core/formats/ImageMeasure.cpp" line="+60"/>
        <source>truncated: the PNG %1 chunk runs past the end of the file</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ImageMeasure.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>truncado: o bloco %1 do PNG ultrapassa o fim do arquivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>truncated: the PNG has no IEND chunk</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ImageMeasure.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>truncado: o PNG não tem bloco IEND</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>truncated: the JPEG does not end with the EOI marker</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ImageMeasure.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>truncado: o JPEG não termina com o marcador EOI</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>truncated: the GIF does not end with its trailer</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ImageMeasure.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>truncado: o GIF não termina com o seu terminador (trailer)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>truncated: the BMP header says %1 bytes, the file has %2</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ImageMeasure.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>truncado: o cabeçalho do BMP indica %1 bytes, o arquivo tem %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>truncated: the WebP header says %1 bytes, the file has %2</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ImageMeasure.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>truncado: o cabeçalho do WebP indica %1 bytes, o arquivo tem %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>empty file</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ImageMeasure.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>arquivo vazio</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not an image that can be read: %1</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ImageMeasure.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>não é uma imagem legível: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the %1 header: %2</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ImageMeasure.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>não foi possível ler o cabeçalho %1: %2</translation>
    </message>
    <message>
        <location filename="../core/formats/VocReader.cpp" line="-69"/>
        <location line="+19"/>
        <source>broken XML at line %1: %2</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/VocReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>XML malformado na linha %1: %2</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>empty XML file</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/VocReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>arquivo XML vazio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a Pascal VOC file: the root element is &lt;%1&gt;, not &lt;annotation&gt;</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/VocReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>não é um arquivo Pascal VOC: o elemento raiz é &lt;%1&gt;, não &lt;annotation&gt;</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no &lt;bndbox&gt; with numbers in xmin, ymin, xmax and ymax</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/VocReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>nenhum &lt;bndbox&gt; com números em xmin, ymin, xmax e ymax</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>xmin %1, xmax %2, ymin %3, ymax %4 give no positive size</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/VocReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>xmin %1, xmax %2, ymin %3, ymax %4 não dão um tamanho positivo</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1; its boxes are skipped</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/VocReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>%1; as caixas dele são ignoradas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no &lt;size&gt; with a width and a height; its boxes are skipped</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/VocReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>nenhum &lt;size&gt; com largura e altura; as caixas dele são ignoradas</translation>
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
        <translation>nenhum &lt;name&gt; (a sua classe)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>no image with this annotation&apos;s name beside it (or in ../JPEGImages/)</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/VocReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>nenhuma imagem com o nome desta anotação ao lado dela (nem em ../JPEGImages/)</translation>
    </message>
    <message>
        <location filename="../core/formats/YoloReader.cpp" line="+83"/>
        <source>no top-level names: list or map</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>nenhuma lista ou mapa names: no nível superior</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>names: has no closing %1</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>names: não tem %1 de fechamento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>names: entry “%1” is not “id: name”</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>names: a entrada “%1” não é “id: name”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>names: is neither a list nor an id: name map</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>names: não é nem uma lista nem um mapa id: name</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1: “%2” is neither “- name” nor “id: name”</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>linha %1: “%2” não é nem “- name” nem “id: name”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>names: is empty</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>names: está vazio</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no class names in it</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>não contém nomes de classe</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>expected 5 values (class x_center y_center width height), found %1</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>esperavam-se 5 valores (class x_center y_center width height), encontrados %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>class id “%1” is not a whole number from 0</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>o id de classe “%1” não é um número inteiro a partir de 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>class id %1 is not in %2</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>o id de classe %1 não está em %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a number</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>“%1” não é um número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>value %1 is outside 0–1</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>o valor %1 está fora de 0–1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>line %1</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>linha %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1: %2; the row is skipped</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>linha %1: %2; a linha é ignorada</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>no usable data.yaml or classes.txt: boxes get their class ids as class names</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/YoloReader.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>nenhum data.yaml ou classes.txt utilizável: as caixas recebem os ids de classe como nomes de classe</translation>
    </message>
</context>
<context>
    <name>tally::ImageQuality</name>
    <message>
        <location filename="../core/quality/ImageQuality.cpp" line="+45"/>
        <source>not an image: %1</source>
        <translation>não é uma imagem: %1</translation>
    </message>
</context>
<context>
    <name>tally::ImageUi</name>
    <message>
        <location filename="../app/gui/ImageUi.cpp" line="+84"/>
        <source>&amp;Image</source>
        <translation>&amp;Imagem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Images…</source>
        <translation>&amp;Importar imagens…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Box Tool</source>
        <translation>Ferramenta de &amp;caixa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag on the image to draw a box (B)</source>
        <translation>Arraste sobre a imagem para desenhar uma caixa (B)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy Shown Boxes to Mine</source>
        <translation>Co&amp;piar caixas exibidas para as minhas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from imported or a colleague&apos;s boxes: copies them as your own, so that you can move, resize and name them</source>
        <translation>Partir das caixas importadas ou de um colega: copia-as como suas, para que você possa movê-las, redimensioná-las e nomeá-las</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Aumentar zoom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Diminuir zoom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Visual Wake Words Rule…</source>
        <translation>Regra do &amp;Visual Wake Words…</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>x %1 · y %2</source>
        <translation>x %1 · y %2</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Cannot show %1: %2</source>
        <translation>Não é possível exibir %1: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no class</source>
        <translation>sem classe</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No boxes of others to copy on this image.</source>
        <translation>Nenhuma caixa de outras pessoas para copiar nesta imagem.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Copy %n box(es) to mine</source>
        <translation>
            <numerusform>Copiar %n caixa para as minhas</numerusform>
            <numerusform>Copiar %n caixas para as minhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Copied %n box(es); they are yours to edit now.</source>
        <translation>
            <numerusform>%n caixa copiada; agora ela é sua para editar.</numerusform>
            <numerusform>%n caixas copiadas; agora elas são suas para editar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Another import is running.</source>
        <translation>Outra importação está em andamento.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no project is open</source>
        <translation>nenhum projeto está aberto</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Visual Wake Words Rule</source>
        <translation>Regra do Visual Wake Words</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An image is “person” when it has a box of this class covering at least this share of the image; otherwise “not person”.</source>
        <translation>Uma imagem é “pessoa” quando tem uma caixa desta classe cobrindo pelo menos esta fração da imagem; caso contrário, “não pessoa”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person class</source>
        <translation>Classe de pessoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum box area</source>
        <translation>Área mínima da caixa</translation>
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
        <translation>Importadas: %1, ignoradas: %2, já presentes: %3, com falha: %4.</translation>
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
        <translation>A importação foi cancelada; as amostras importadas até agora foram mantidas.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Quality checks on the %n new sample(s): </source>
        <translation>
            <numerusform>Verificações de qualidade na %n nova amostra: </numerusform>
            <numerusform>Verificações de qualidade nas %n novas amostras: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n alerta</numerusform>
            <numerusform>%n alertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n leak(s).</source>
        <translation>
            <numerusform>%n vazamento.</numerusform>
            <numerusform>%n vazamentos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import of %1</source>
        <translation>Importação de %1</translation>
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
        <translation>&amp;Atalhos de teclado…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys of This &amp;View</source>
        <translation>Teclas desta &amp;visualização</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Does</source>
        <translation>O que faz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change a key in Help ▸ Keyboard Shortcuts…</source>
        <translation>Altere uma tecla em Ajuda ▸ Atalhos de teclado…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keys — image view</source>
        <translation>Teclas — visualização de imagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys — audio view</source>
        <translation>Teclas — visualização de áudio</translation>
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
        <translation>Classe importada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My label:</source>
        <translation>Meu rótulo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Others:</source>
        <translation>Outros:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label with (hotkey)</source>
        <translation>Rotular com (atalho)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Clear my label  [Del]</source>
        <translation>Limpar meu rótulo  [Del]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other classes (used with other kinds of sample)</source>
        <translation>Outras classes (usadas com outros tipos de amostra)</translation>
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
        <translation>— (sem rótulo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hidden (blind labelling)</source>
        <translation>oculto (rotulagem às cegas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>nenhum</translation>
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
        <translation>&amp;Classes…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch &amp;Annotator…</source>
        <translation>Trocar de &amp;anotador…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Blind Labelling (hide others&apos; labels)</source>
        <translation>Rotulagem às ce&amp;gas (ocultar rótulos dos outros)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Label</source>
        <translation>&amp;Rotular</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Next Sample</source>
        <translation>&amp;Próxima amostra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous Sample</source>
        <translation>Amostra &amp;anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next &amp;Unlabelled</source>
        <translation>Próxima &amp;não rotulada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete Region or Box / Clear My Label</source>
        <translation>E&amp;xcluir região ou caixa / limpar meu rótulo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Label “%1”</source>
        <translation>Rotular como “%1”</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New person %1 (%2) is working now.</source>
        <translation>A nova pessoa %1 (%2) está trabalhando agora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) is working now.</source>
        <translation>%1 (%2) está trabalhando agora.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annotator: %1 (%2)</source>
        <translation>Anotador: %1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every sample has your label.</source>
        <translation>Todas as amostras têm o seu rótulo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The next unlabelled sample is hidden by the filter.</source>
        <translation>A próxima amostra sem rótulo está oculta pelo filtro.</translation>
    </message>
</context>
<context>
    <name>tally::Labelling</name>
    <message>
        <location filename="../app/gui/Labelling.cpp" line="+72"/>
        <source>Label as “%1”</source>
        <translatorcomment>runtime context of app/gui/Labelling.cpp (class tally::Labelling); lupdate loses the namespace and files it under another context</translatorcomment>
        <translation>Rotular como “%1”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear label</source>
        <translatorcomment>runtime context of app/gui/Labelling.cpp (class tally::Labelling); lupdate loses the namespace and files it under another context</translatorcomment>
        <translation>Limpar rótulo</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Label %n snapshots as “%1”</source>
        <translation>
            <numerusform>Rotular %n instantâneo como “%1”</numerusform>
            <numerusform>Rotular %n instantâneos como “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Clear %n labels</source>
        <translation>
            <numerusform>Limpar %n rótulo</numerusform>
            <numerusform>Limpar %n rótulos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Add region</source>
        <translatorcomment>runtime context of app/gui/Labelling.cpp (class tally::Labelling); lupdate loses the namespace and files it under another context</translatorcomment>
        <translation>Adicionar região</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set region class</source>
        <translatorcomment>runtime context of app/gui/Labelling.cpp (class tally::Labelling); lupdate loses the namespace and files it under another context</translatorcomment>
        <translation>Definir classe da região</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit region</source>
        <translatorcomment>runtime context of app/gui/Labelling.cpp (class tally::Labelling); lupdate loses the namespace and files it under another context</translatorcomment>
        <translation>Editar região</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete region</source>
        <translatorcomment>runtime context of app/gui/Labelling.cpp (class tally::Labelling); lupdate loses the namespace and files it under another context</translatorcomment>
        <translation>Excluir região</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add box</source>
        <translatorcomment>runtime context of app/gui/Labelling.cpp (class tally::Labelling); lupdate loses the namespace and files it under another context</translatorcomment>
        <translation>Adicionar caixa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set box class</source>
        <translatorcomment>runtime context of app/gui/Labelling.cpp (class tally::Labelling); lupdate loses the namespace and files it under another context</translatorcomment>
        <translation>Definir classe da caixa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move or resize box</source>
        <translatorcomment>runtime context of app/gui/Labelling.cpp (class tally::Labelling); lupdate loses the namespace and files it under another context</translatorcomment>
        <translation>Mover ou redimensionar caixa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete box</source>
        <translatorcomment>runtime context of app/gui/Labelling.cpp (class tally::Labelling); lupdate loses the namespace and files it under another context</translatorcomment>
        <translation>Excluir caixa</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Add class “%1”</source>
        <translatorcomment>runtime context of app/gui/Labelling.cpp (class tally::Labelling); lupdate loses the namespace and files it under another context</translatorcomment>
        <translation>Adicionar classe “%1”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rename class “%1” to “%2”</source>
        <translatorcomment>runtime context of app/gui/Labelling.cpp (class tally::Labelling); lupdate loses the namespace and files it under another context</translatorcomment>
        <translation>Renomear classe “%1” para “%2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit class “%1”</source>
        <translatorcomment>runtime context of app/gui/Labelling.cpp (class tally::Labelling); lupdate loses the namespace and files it under another context</translatorcomment>
        <translation>Editar classe “%1”</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Merge class “%1” into “%2”</source>
        <translatorcomment>runtime context of app/gui/Labelling.cpp (class tally::Labelling); lupdate loses the namespace and files it under another context</translatorcomment>
        <translation>Mesclar classe “%1” em “%2”</translation>
    </message>
</context>
<context>
    <name>tally::Labels</name>
    <message>
        <location filename="../core/store/Labels.cpp" line="+109"/>
        <source>no sample with id %1</source>
        <translation>nenhuma amostra com id %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no annotator with id %1</source>
        <translation>nenhum anotador com id %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no class with id %1</source>
        <translation>nenhuma classe com id %1</translation>
    </message>
</context>
<context>
    <name>tally::LicenceDialog</name>
    <message>
        <location filename="../app/gui/LicenceDialog.cpp" line="+34"/>
        <source>Licences</source>
        <translation>Licenças</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Alterar</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n sample(s) shown in the table</source>
        <translation>
            <numerusform>A %n amostra mostrada na tabela</numerusform>
            <numerusform>As %n amostras mostradas na tabela</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n sample(s)</source>
        <translation>
            <numerusform>Todas as amostras (%n)</numerusform>
            <numerusform>Todas as amostras (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Licence (SPDX)</source>
        <translation>Licença (SPDX)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given</source>
        <translation>Dado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not given</source>
        <translation>Não dado</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1: %n sample(s)</source>
        <translation>
            <numerusform>%1: %n amostra</numerusform>
            <numerusform>%1: %n amostras</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unknown)</source>
        <translation>(desconhecida)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Licences now</source>
        <translation>Licenças atuais</translation>
    </message>
</context>
<context>
    <name>tally::LoudestTrim</name>
    <message>
        <location filename="../app/gui/AudioUi.cpp" line="-80"/>
        <location filename="../core/formats/LoudestTrim.cpp" line="+98"/>
        <source>the annotator already has this region</source>
        <translation>o anotador já tem esta região</translation>
    </message>
    <message>
        <location filename="../core/formats/LoudestTrim.cpp" line="-63"/>
        <source>not an audio sample (%1)</source>
        <translation>não é uma amostra de áudio (%1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the window must be a positive number of seconds</source>
        <translation>a janela deve ser um número positivo de segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no sample rate</source>
        <translation>sem taxa de amostragem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no longer than the %1 s window</source>
        <translation>não é mais longa que a janela de %1 s</translation>
    </message>
</context>
<context>
    <name>tally::LoudestWindow</name>
    <message>
        <location filename="../core/audio/LoudestWindow.cpp" line="+48"/>
        <source>frames [%1, %2) are outside the signal&apos;s %3 frames</source>
        <translation>os quadros [%1, %2) estão fora dos %3 quadros do sinal</translation>
    </message>
</context>
<context>
    <name>tally::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+119"/>
        <source>Import &amp;Speech Commands folder…</source>
        <translation>Importar pasta do Speech &amp;Commands…</translation>
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Novo projeto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir projeto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Demo</source>
        <translation>Abrir &amp;demonstração</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close Project</source>
        <translation>&amp;Fechar projeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Tally</source>
        <translation>&amp;Sobre o Tally</translation>
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
        <translation>Amostras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spectrogram</source>
        <translation>Espectrograma</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Drawing regions (R)</source>
        <translation>Desenhando regiões (R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing boxes (B)</source>
        <translation>Desenhando caixas (B)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot open project</source>
        <translation>Não foi possível abrir o projeto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened %1</source>
        <translation>Projeto aberto: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create project</source>
        <translation>Não foi possível criar o projeto</translation>
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
        <translation>Novo projeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Tally projects (*.tally)</source>
        <translation>Projetos do Tally (*.tally)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Open Project</source>
        <translation>Abrir projeto</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No demo project found. Make one with scripts/make-demo.sh (it writes demo/demo.tally), or set TALLY_DEMO to its path.</source>
        <translation>Nenhum projeto de demonstração encontrado. Crie um com scripts/make-demo.sh (ele grava demo/demo.tally) ou defina TALLY_DEMO com o caminho dele.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Demo</source>
        <translation>Abrir demonstração</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Tally</source>
        <translation>Sobre o Tally</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Tally %1&lt;/b&gt;&lt;p&gt;A workstation for building TinyML datasets: label, review, balance, split and export audio, sensor and image data.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Tally %1&lt;/b&gt;&lt;p&gt;Uma estação de trabalho para criar conjuntos de dados TinyML: rotule, revise, balanceie, divida e exporte dados de áudio, de sensores e de imagens.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-288"/>
        <source>Labels</source>
        <translation>Rótulos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regions</source>
        <translation>Regiões</translation>
    </message>
</context>
<context>
    <name>tally::MergeWriter</name>
    <message>
        <location filename="../core/store/MergeWriter.cpp" line="+317"/>
        <source>the merge names an annotator or class it does not list</source>
        <translation>a mesclagem cita um anotador ou classe que não lista</translation>
    </message>
</context>
<context>
    <name>tally::NewImportDialog</name>
    <message>
        <location filename="../app/gui/NewImportDialog.cpp" line="+24"/>
        <source>Import Speech Commands folder</source>
        <translation>Importar pasta do Speech Commands</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Import Images</source>
        <translation>Importar imagens</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder (or COCO JSON file)</source>
        <translation>Pasta (ou arquivo COCO JSON)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder with &lt;class&gt;/&lt;speaker&gt;_nohash_&lt;n&gt;.wav</source>
        <translation>Pasta com &lt;classe&gt;/&lt;locutor&gt;_nohash_&lt;n&gt;.wav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SPDX licence identifier recorded for every imported sample</source>
        <translation>Identificador de licença SPDX registrado em cada amostra importada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the recordings come from</source>
        <translation>De onde vêm as gravações</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Where the images come from</source>
        <translation>De onde vêm as imagens</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Import Common Voice folder</source>
        <translation>Importar pasta do Common Voice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Sensor Series</source>
        <translation>Importar séries de sensores</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder of runs: IMS snapshots or sensor CSV files</source>
        <translation>Pasta de ensaios: instantâneos IMS ou arquivos CSV de sensores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release folder with validated.tsv and clips/</source>
        <translation>Pasta da versão com validated.tsv e clips/</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Folder of images (class = sub-folder)</source>
        <translation>Pasta de imagens (classe = subpasta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COCO detection JSON</source>
        <translation>JSON de detecção COCO</translation>
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
        <translation>Instantâneos NASA IMS (arquivos YYYY.MM.DD.HH.MM.SS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensor CSV (timestamp column, one column a channel)</source>
        <translation>CSV de sensores (coluna timestamp, uma coluna por canal)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IMS snapshots&apos; sampling rate (a sensor CSV file&apos;s comes from its time column)</source>
        <translation>A taxa de amostragem dos instantâneos IMS (a de um arquivo CSV de sensores vem da sua coluna de tempo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the measurements come from</source>
        <translation>De onde vêm as medições</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Allow media files outside this folder</source>
        <translation>Permitir arquivos de mídia fora desta pasta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files that annotations name by an absolute path or with “..”, and symbolic links that lead outside the folder, are refused unless this is ticked; when ticked they are imported and listed as warnings.</source>
        <translation>Arquivos que as anotações indicam por um caminho absoluto ou com “..”, e links simbólicos que levam para fora da pasta, são recusados a menos que isto esteja marcado; quando marcado, eles são importados e listados como avisos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Layout</source>
        <translation>Estrutura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence (SPDX)</source>
        <translation>Licença (SPDX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>COCO annotations</source>
        <translation>Anotações COCO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image folder</source>
        <translation>Pasta de imagens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common Voice release folder</source>
        <translation>Pasta da versão do Common Voice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder of sensor runs</source>
        <translation>Pasta de ensaios de sensores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech Commands folder</source>
        <translation>Pasta do Speech Commands</translation>
    </message>
</context>
<context>
    <name>tally::Player</name>
    <message>
        <location filename="../app/gui/Player.cpp" line="+37"/>
        <source>No audio output device: playback is not available here.</source>
        <translation>Nenhum dispositivo de saída de áudio: a reprodução não está disponível aqui.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The audio device cannot play %1 Hz, %2 channel(s).</source>
        <translation>O dispositivo de áudio não consegue reproduzir %1 Hz, %2 canal(is).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The audio device could not be opened.</source>
        <translation>Não foi possível abrir o dispositivo de áudio.</translation>
    </message>
</context>
<context>
    <name>tally::ProgressUi</name>
    <message>
        <location filename="../app/gui/ProgressUi.cpp" line="+16"/>
        <source>Samples with your label of all samples, samples in dispute, and samples nobody has labelled</source>
        <translation>Amostras com o seu rótulo entre todas as amostras, amostras em disputa e amostras que ninguém rotulou</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Samples with your label, per class</source>
        <translation>Amostras com o seu rótulo, por classe</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>yours %1 / %2 · disputed %3 · unlabelled %4</source>
        <translation>suas %1 / %2 · em disputa %3 · sem rótulo %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours per class: %1</source>
        <translation>Suas por classe: %1</translation>
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
        <translation>já existe um arquivo com esse nome; escolha outro nome</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no such project file</source>
        <translation>o arquivo de projeto não existe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot be read: %1</source>
        <translation>não pode ser lido: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a Tally project (not an SQLite database)</source>
        <translation>não é um projeto do Tally (não é um banco de dados SQLite)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a usable project: %1</source>
        <translation>projeto inutilizável: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot read the schema version</source>
        <translation>não foi possível ler a versão do esquema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>made by a newer Tally (schema %1, this one knows %2)</source>
        <translation>criado por um Tally mais novo (esquema %1; esta versão conhece até o %2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>migration to schema %1 failed: %2</source>
        <translation>a migração para o esquema %1 falhou: %2</translation>
    </message>
    <message>
        <location filename="../core/store/ProjectSamples.cpp" line="+254"/>
        <source>no sample with id %1</source>
        <translation>nenhuma amostra com id %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no such sample in the project</source>
        <translation>essa amostra não está no projeto</translation>
    </message>
</context>
<context>
    <name>tally::ProjectMerge</name>
    <message>
        <location filename="../core/formats/ProjectMerge.cpp" line="+186"/>
        <source>cannot merge a project into itself</source>
        <translation>não é possível mesclar um projeto com ele mesmo</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>no such project file</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ProjectMerge.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>o arquivo de projeto não existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot make a temporary folder for a copy</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ProjectMerge.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>não foi possível criar uma pasta temporária para uma cópia</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>cannot read the file</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/ProjectMerge.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>não foi possível ler o arquivo</translation>
    </message>
</context>
<context>
    <name>tally::QualityDock</name>
    <message>
        <location filename="../app/gui/QualityDock.cpp" line="+33"/>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking %v / %m</source>
        <translation>Verificando %v / %m</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &amp;Quality Checks</source>
        <translation>Executar verificações de &amp;qualidade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quality</source>
        <translation>&amp;Qualidade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run Checks</source>
        <translation>Executar verificações</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Ativos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Samples with an active flag of any check</source>
        <translation>Amostras com alerta ativo de qualquer verificação</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a check to see its measured values.</source>
        <translation>Escolha uma verificação para ver os seus valores medidos.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>At %1: %2 of %3 flagged by %4</source>
        <translation>Em %1: %2 de %3 sinalizadas por %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At %1: %2 of %3 flagged.</source>
        <translation>Em %1: %2 de %3 sinalizadas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By %1 alone: the check&apos;s other measure may flag more.</source>
        <translation>Só por %1: a outra medida da verificação pode sinalizar mais.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 has no measured value to show.</source>
        <translation>%1 não tem valor medido para mostrar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1.%2 (%3)</source>
        <translation>%1.%2 (%3)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Set %1.%2 to %3</source>
        <translation>Definir %1.%2 como %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open a project to run the quality checks.</source>
        <translation>Abra um projeto para executar as verificações de qualidade.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The quality checks are running already.</source>
        <translation>As verificações de qualidade já estão em andamento.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The quality checks were cancelled; nothing was recorded.</source>
        <translation>As verificações de qualidade foram canceladas; nada foi registrado.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Quality checks on %n sample(s): </source>
        <translation>
            <numerusform>Verificações de qualidade em %n amostra: </numerusform>
            <numerusform>Verificações de qualidade em %n amostras: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n flag(s), </source>
        <translation>
            <numerusform>%n alerta, </numerusform>
            <numerusform>%n alertas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) not readable.</source>
        <translation>
            <numerusform>%n arquivo ilegível.</numerusform>
            <numerusform>%n arquivos ilegíveis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tally::QualityRunner</name>
    <message>
        <location filename="../core/quality/QualityRunner.cpp" line="+74"/>
        <source>cannot open: %1</source>
        <translation>não foi possível abrir: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>larger than 8 MB: not checked</source>
        <translation>maior que 8 MB: não verificado</translation>
    </message>
</context>
<context>
    <name>tally::QualitySettings</name>
    <message>
        <location filename="../core/quality/QualityExport.cpp" line="+14"/>
        <location filename="../core/quality/QualitySettings.cpp" line="+213"/>
        <location line="+24"/>
        <source>unknown check “%1” (known: %2)</source>
        <translation>verificação desconhecida “%1” (conhecidas: %2)</translation>
    </message>
    <message>
        <location filename="../core/quality/QualitySettings.cpp" line="-217"/>
        <source>RMS below rms_dbfs, or the EBU R 128 momentary loudness never reaches lufs_floor</source>
        <translation>RMS abaixo de rms_dbfs, ou a loudness momentânea EBU R 128 nunca atinge lufs_floor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>peak below peak_dbfs</source>
        <translation>pico abaixo de peak_dbfs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than max_share of the samples at |x| &gt;= 0.999</source>
        <translation>mais de max_share dos valores amostrados com |x| &gt;= 0.999</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the mean of the samples further than max_abs from 0</source>
        <translation>a média dos valores amostrados a mais de max_abs de 0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>duration outside expected_sec +- tolerance_sec</source>
        <translation>duração fora de expected_sec +- tolerance_sec</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sample rate, channels or PCM bit depth other than the target (bits 0: any; compressed files have no bit depth)</source>
        <translation>taxa de amostragem, canais ou profundidade de bits PCM diferentes do alvo (bits 0: qualquer; arquivos comprimidos não têm profundidade de bits)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the loudest window_sec window lies within margin_sec of the start or the end: a word cut off</source>
        <translation>a janela de window_sec mais alta fica a menos de margin_sec do início ou do fim: uma palavra cortada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the loudest window (truncated-event.window_sec) less than min_db above the quietest</source>
        <translation>a janela mais alta (truncated-event.window_sec) menos de min_db acima da mais baixa</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>narrower than min_width or lower than min_height</source>
        <translation>mais estreita que min_width ou mais baixa que min_height</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mean brightness below min_mean</source>
        <translation>brilho médio abaixo de min_mean</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than max_saturated of the pixels at 250 or more (of 255)</source>
        <translation>mais de max_saturated dos pixels em 250 ou mais (de 255)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>variance of the Laplacian of the grey image below min_laplacian_var</source>
        <translation>variância do laplaciano da imagem em tons de cinza abaixo de min_laplacian_var</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a box narrower or lower than min_side_px</source>
        <translation>uma caixa mais estreita ou mais baixa que min_side_px</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a box reaching more than tolerance_px outside the image</source>
        <translation>uma caixa que ultrapassa a imagem em mais de tolerance_px</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>two boxes of one annotator and one class overlapping by min_iou or more</source>
        <translation>duas caixas de um mesmo anotador e de uma mesma classe sobrepostas em min_iou ou mais</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the same bytes (content hash) as another sample</source>
        <translation>os mesmos bytes (hash do conteúdo) que outra amostra</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chromaprint fingerprints within audio_max_ber (aligned within audio_max_shift_sec), or image PHashes within image_max_bits</source>
        <translation>impressões digitais Chromaprint dentro de audio_max_ber (alinhadas dentro de audio_max_shift_sec), ou PHashes de imagem dentro de image_max_bits</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a duplicate or near-duplicate pair, or one group (speaker), in two splits</source>
        <translation>um par duplicado ou quase duplicado, ou um mesmo grupo (locutor), em duas partições</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>expected CHECK.PARAM=VALUE, got “%1”</source>
        <translation>esperava-se CHECK.PARAM=VALUE, recebido “%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the check “%1” has no parameter “%2” (it has: %3)</source>
        <translation>a verificação “%1” não tem o parâmetro “%2” (ela tem: %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a number</source>
        <translation>“%1” não é um número</translation>
    </message>
</context>
<context>
    <name>tally::RegionList</name>
    <message>
        <location filename="../app/gui/RegionList.cpp" line="+16"/>
        <source>Start (s)</source>
        <translation>Início (s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End (s)</source>
        <translation>Fim (s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Band (Hz)</source>
        <translation>Banda (Hz)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class</source>
        <translation>Classe</translation>
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
        <translation>uma região deve começar em 0 s ou depois (início %1 s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a region must end after it starts (start %1 s, end %2 s)</source>
        <translation>uma região deve terminar depois de começar (início %1 s, fim %2 s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a frequency band needs both a low and a high edge</source>
        <translation>uma banda de frequência precisa de um limite inferior e de um superior</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a frequency band must have 0 ≤ low &lt; high (low %1 Hz, high %2 Hz)</source>
        <translation>uma banda de frequência deve ter 0 ≤ inferior &lt; superior (inferior %1 Hz, superior %2 Hz)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a region with id %1 already exists</source>
        <translation>já existe uma região com id %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>no region with id %1</source>
        <translation>nenhuma região com id %1</translation>
    </message>
</context>
<context>
    <name>tally::ReviewPanel</name>
    <message>
        <location filename="../widgets/ReviewPanel.cpp" line="+83"/>
        <source>Nothing left to review</source>
        <translation>Nada mais para revisar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reject [X]</source>
        <translation>Rejeitar [X]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The sample is unusable (key X)</source>
        <translation>A amostra é inutilizável (tecla X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send back [B]</source>
        <translation>Devolver [B]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return the sample for relabelling (key B)</source>
        <translation>Devolver a amostra para nova rotulagem (tecla B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason (optional; R to type, Enter to return)</source>
        <translation>Motivo (opcional; R para digitar, Enter para voltar)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>← Previous</source>
        <translation>← Anterior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous sample (Left or Page Up)</source>
        <translation>Amostra anterior (Seta para a esquerda ou Page Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip ↓</source>
        <translation>Pular ↓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave this sample undecided (Down)</source>
        <translation>Deixar esta amostra sem decisão (Seta para baixo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next →</source>
        <translation>Próxima →</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next sample (Right or Page Down)</source>
        <translation>Próxima amostra (Seta para a direita ou Page Down)</translation>
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
        <translation>%1 em %2, %3 (%4 × %5 px)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no class)</source>
        <translation>(sem classe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>%1 — no match</source>
        <translation>%1 — sem correspondência</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · boxes</source>
        <translation>%1 · caixas</translation>
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
        <translation>Votos: ▲ %1 a favor  ▼ %2 contra%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported: %1</source>
        <translation>Importado: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(no label)</source>
        <translation>(sem rótulo)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No annotator has labelled this sample.</source>
        <translation>Nenhum anotador rotulou esta amostra.</translation>
    </message>
</context>
<context>
    <name>tally::ReviewQueue</name>
    <message>
        <location filename="../app/gui/ReviewQueue.cpp" line="+34"/>
        <source>Review decision</source>
        <translation>Decisão de revisão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review: reject</source>
        <translation>Revisão: rejeitar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review: send back</source>
        <translation>Revisão: devolver</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Also samples with undecided or negative votes</source>
        <translation>Também amostras com votação indefinida ou negativa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adds samples that are not resolved or rejected and whose vote outcome is “other” with at least one vote, or “invalid”.</source>
        <translation>Adiciona amostras não resolvidas nem rejeitadas cujo resultado de votação é “outro” com pelo menos um voto, ou “inválido”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+209"/>
        <source>Review Queue</source>
        <translation>Fila de revisão</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>class “%1”</source>
        <translation>classe “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>votes %1 up, %2 down</source>
        <translation>votos: %1 a favor, %2 contra</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 has the role “annotator”, who may look through the queue but not decide. Switch to the role “reviewer” to record review decisions?</source>
        <translation>%1 tem a função “anotador”, que pode percorrer a fila mas não decidir. Mudar para a função “revisor” para registrar decisões de revisão?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Resolved %1 as “%2”</source>
        <translation>%1 resolvida como “%2”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected %1</source>
        <translation>%1 rejeitada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent %1 back to the annotators</source>
        <translation>%1 devolvida aos anotadores</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2 undoes</source>
        <translation>%1 — %2 desfaz</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1. Nothing left to review.</source>
        <translation>%1. Nada mais para revisar.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Only a reviewer can decide: switch the annotator&apos;s role to reviewer (Edit ▸ Switch Annotator…).</source>
        <translation>Só um revisor pode decidir: mude a função do anotador para revisor (Editar ▸ Trocar de anotador…).</translation>
    </message>
</context>
<context>
    <name>tally::ReviewUi</name>
    <message>
        <location filename="../app/gui/ReviewUi.cpp" line="+35"/>
        <source>Agreement</source>
        <translation>Concordância</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Review</source>
        <translation>Re&amp;visão</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vote &amp;Up (label and audio match)</source>
        <translation>Votar a &amp;favor (rótulo e áudio conferem)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vote &amp;Down</source>
        <translation>Votar c&amp;ontra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear My Vote</source>
        <translation>&amp;Limpar meu voto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review &amp;Queue</source>
        <translation>Fila de &amp;revisão</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Flagged Queue</source>
        <translation>&amp;Fila de sinalizadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sample &amp;History…</source>
        <translation>&amp;Histórico da amostra…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Agreement</source>
        <translation>Co&amp;ncordância</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consensus &amp;Settings…</source>
        <translation>Configurações de &amp;consenso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge Colleague&apos;s Project…</source>
        <translation>&amp;Mesclar projeto de colega…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge Colleague&apos;s Project</source>
        <translation>Mesclar projeto de colega</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tally projects (*.tally)</source>
        <translation>Projetos do Tally (*.tally)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import Common &amp;Voice Folder…</source>
        <translation>Importar pasta do Common &amp;Voice…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Votes: %1 up, %2 down — %3</source>
        <translation>Votos: %1 a favor, %2 contra — %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Clear vote</source>
        <translation>Limpar voto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vote up</source>
        <translation>Votar a favor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vote down</source>
        <translation>Votar contra</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Consensus Settings</source>
        <translation>Configurações de consenso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consensus settings saved; statuses derived again.</source>
        <translation>Configurações de consenso salvas; status recalculados.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matched %1 sample(s), skipped %2 not found here. Written: %3 label(s), %4 region(s), %5 vote(s), %6 review(s); %7 conflict(s); %8 annotator(s) and %9 class(es) added.</source>
        <translation>%1 amostra(s) correspondida(s), %2 ignorada(s) por não existir(em) aqui. Gravados: %3 rótulo(s), %4 região(ões), %5 voto(s), %6 revisão(ões); %7 conflito(s); %8 anotador(es) e %9 classe(s) adicionados.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n box(es) added.</source>
        <translation>
            <numerusform>%n caixa adicionada.</numerusform>
            <numerusform>%n caixas adicionadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n sample(s) skipped as ambiguous (the same bytes as several here).</source>
        <translation>
            <numerusform>%n amostra ignorada por ser ambígua (os mesmos bytes que várias aqui).</numerusform>
            <numerusform>%n amostras ignoradas por serem ambíguas (os mesmos bytes que várias aqui).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merge %1</source>
        <translation>Mesclar %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Skipped (no sample here with the same content):</source>
        <translation>Ignoradas (nenhuma amostra aqui com o mesmo conteúdo):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ambiguous: %1 (the same bytes as: %2)</source>
        <translation>Ambígua: %1 (os mesmos bytes que: %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Another import is running.</source>
        <translation>Outra importação está em andamento.</translation>
    </message>
</context>
<context>
    <name>tally::ReviewerRule</name>
    <message>
        <location filename="../core/review/ReviewerRule.cpp" line="+40"/>
        <source>“%1” has the role annotator; only reviewers and admins decide</source>
        <translation>“%1” tem o papel de anotador; só revisores e administradores decidem</translation>
    </message>
</context>
<context>
    <name>tally::Reviews</name>
    <message>
        <location filename="../core/store/Reviews.cpp" line="+73"/>
        <source>a class decision needs a class</source>
        <translation>uma decisão de classe precisa de uma classe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a class decision takes a class</source>
        <translation>só uma decisão de classe leva uma classe</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no review with id %1</source>
        <translation>nenhuma revisão com id %1</translation>
    </message>
    <message>
        <location filename="../core/store/ReviewsTally.cpp" line="+18"/>
        <source>no sample with id %1</source>
        <translation>nenhuma amostra com id %1</translation>
    </message>
</context>
<context>
    <name>tally::SampleMeta</name>
    <message>
        <location filename="../core/store/SampleMeta.cpp" line="+157"/>
        <source>%1 samples but %2 metadata entries</source>
        <translation>%1 amostras, mas %2 entradas de metadados</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+16"/>
        <location line="+15"/>
        <source>no sample with id %1</source>
        <translation>nenhuma amostra com id %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>vote counts cannot be negative (%1 up, %2 down)</source>
        <translation>as contagens de votos não podem ser negativas (%1 a favor, %2 contra)</translation>
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
        <translation>Filtrar por caminho, classe ou grupo…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>All classes</source>
        <translation>Todas as classes</translation>
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
        <translation>pessoa</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+189"/>
        <location line="+1"/>
        <source>not person</source>
        <translation>não pessoa</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My label</source>
        <translation>Meu rótulo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split</source>
        <translation>Partição</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration (s) / size</source>
        <translation>Duração (s) / tamanho</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>VWW</source>
        <translation>VWW</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>RMS (dBFS)</source>
        <translation>RMS (dBFS)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Peak</source>
        <translation>Pico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/models/SampleTableFlags.cpp" line="+61"/>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 (threshold %3)</source>
        <translation>%1: %2 (limiar %3)</translation>
    </message>
</context>
<context>
    <name>tally::SeriesAnalysis</name>
    <message>
        <location filename="../core/formats/SeriesAnalysis.cpp" line="+23"/>
        <source>unknown feature “%1” (known: %2)</source>
        <translation>característica desconhecida “%1” (conhecidas: %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot open: %1</source>
        <translation>não foi possível abrir: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>channel %1 is not in 1 to %2</source>
        <translation>o canal %1 não está entre 1 e %2</translation>
    </message>
</context>
<context>
    <name>tally::SeriesExporter</name>
    <message>
        <location filename="../core/formats/SeriesExporter.cpp" line="+29"/>
        <source>channel %1 is not in the file (it has %2)</source>
        <translation>o canal %1 não está no arquivo (ele tem %2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>its class “%1” is not the normal class “%2”, the only one written to training and validation</source>
        <translation>sua classe “%1” não é a classe normal “%2”, a única gravada em treino e validação</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>it has %1 frames, fewer than one window of %2</source>
        <translation>tem %1 quadros, menos que uma janela de %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>“%1” is not a channel number (1, 2, ...)</source>
        <translation>“%1” não é um número de canal (1, 2, ...)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>channel %1 is listed twice</source>
        <translation>o canal %1 aparece duas vezes</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the window and the stride must be positive numbers of frames, and channels count from 1</source>
        <translation>a janela e o passo devem ser números positivos de quadros, e os canais contam a partir de 1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No sample of the normal class “%1” was written.</source>
        <translation>Nenhuma amostra da classe normal “%1” foi gravada.</translation>
    </message>
    <message>
        <location filename="../core/formats/SeriesWindowSink.cpp" line="+72"/>
        <source>it has %1 channels, the windows before it %2: choose the channels</source>
        <translation>tem %1 canais, as janelas anteriores %2: escolha os canais</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>it has no sample rate</source>
        <translation>não tem taxa de amostragem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused class name “%1”: %2</source>
        <translation>nome de classe recusado “%1”: %2</translation>
    </message>
</context>
<context>
    <name>tally::SeriesImporter</name>
    <message>
        <location filename="../core/formats/SeriesImporter.cpp" line="+130"/>
        <location line="+151"/>
        <source>cannot open: %1</source>
        <translation>não foi possível abrir: %1</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>not a folder</source>
        <translation>não é uma pasta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a sensor CSV file&apos;s rate comes from its time column; --rate is for IMS snapshots</source>
        <translation>a taxa de um arquivo CSV de sensor vem da sua coluna de tempo; --rate é para instantâneos IMS</translation>
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
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected %1 values, found %2</source>
        <translation>esperavam-se %1 valores, encontrados %2</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 is not a number</source>
        <translation>%1 não é um número</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows, where an IMS snapshot has %2</source>
        <translation>%1 linhas, quando um instantâneo IMS tem %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the first column must be “timestamp” (ms) or “time” (s), not %1</source>
        <translation>a primeira coluna deve ser “timestamp” (ms) ou “time” (s), não %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no channel columns after the time</source>
        <translation>nenhuma coluna de canal depois do tempo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the time steps vary from %1 to %2; the rate is read from the median step, %3</source>
        <translation>os passos de tempo variam de %1 a %2; a taxa é lida do passo mediano, %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no header</source>
        <translation>sem cabeçalho</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>missing or non-numeric value %1 in column %2</source>
        <translation>valor %1 ausente ou não numérico na coluna %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>value %1 in column %2 is out of range</source>
        <translation>o valor %1 na coluna %2 está fora do intervalo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the time %1 does not increase</source>
        <translation>o tempo %1 não é crescente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at least two rows are needed to read the rate</source>
        <translation>são necessárias pelo menos duas linhas para ler a taxa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the time steps give no usable rate (%1 Hz)</source>
        <translation>os passos de tempo não dão uma taxa utilizável (%1 Hz)</translation>
    </message>
</context>
<context>
    <name>tally::SeriesTrends</name>
    <message>
        <location filename="../core/store/SeriesTrends.cpp" line="+80"/>
        <source>no run “%1” with sensor snapshots</source>
        <translation>nenhum ensaio “%1” com instantâneos de sensor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>run “%1” has channels 1 to %2, not %3</source>
        <translation>o ensaio “%1” tem os canais 1 a %2, não %3</translation>
    </message>
</context>
<context>
    <name>tally::SeriesUi</name>
    <message>
        <location filename="../app/gui/SeriesUi.cpp" line="+61"/>
        <source>Import Sensor &amp;Series…</source>
        <translation>Importar &amp;séries de sensores…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Trend of</source>
        <translation>Tendência de</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spectrum of</source>
        <translation>Espectro de</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Envelope</source>
        <translation>Envelope</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The envelope spectrum (1–8 kHz band, demodulated): bearing faults show at their fault frequencies</source>
        <translation>O espectro de envelope (banda de 1–8 kHz, demodulada): as falhas de rolamento aparecem nas suas frequências de falha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log frequency</source>
        <translation>Frequência logarítmica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bearing…</source>
        <translation>Rolamento…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run&apos;s bearing geometry: its fault frequencies are marked on the spectrum and measured in the trend&apos;s bpfo / bpfi / bsf / ftf</source>
        <translation>A geometria do rolamento do ensaio: suas frequências de falha são marcadas no espectro e medidas em bpfo / bpfi / bsf / ftf da tendência</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Drag across the trend to select snapshots, then press a class key to label them all (one undo step). Click a point to open it.</source>
        <translation>Arraste ao longo da tendência para selecionar instantâneos e pressione a tecla de uma classe para rotular todos (um único passo de desfazer). Clique num ponto para abri-lo.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>all channels</source>
        <translation>todos os canais</translation>
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
        <translation>início (canal %1): instantâneo %2 de %3, %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no onset found (channel %1)</source>
        <translation>nenhum início encontrado (canal %1)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Envelope spectrum, channel %1</source>
        <translation>Espectro de envelope, canal %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spectrum, channel %1</source>
        <translation>Espectro, canal %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Another import is running.</source>
        <translation>Outra importação está em andamento.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Bearing set for %1; %n snapshots measured again</source>
        <translation>
            <numerusform>Rolamento definido para %1; %n instantâneo medido de novo</numerusform>
            <numerusform>Rolamento definido para %1; %n instantâneos medidos de novo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tally::Session</name>
    <message>
        <location filename="../app/gui/Session.cpp" line="+100"/>
        <source>Another program changed this project; it is shown as it is now.</source>
        <translation>Outro programa alterou este projeto; ele é mostrado como está agora.</translation>
    </message>
</context>
<context>
    <name>tally::ShortcutRegistry</name>
    <message>
        <location filename="../app/gui/ShortcutRegistry.cpp" line="+74"/>
        <source>There is no action “%1”.</source>
        <translation>Não existe a ação “%1”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is already the key of “%2”. Give that action another key first.</source>
        <translation>%1 já é a tecla de “%2”. Dê outra tecla a essa ação primeiro.</translation>
    </message>
</context>
<context>
    <name>tally::ShortcutsDialog</name>
    <message>
        <location filename="../app/gui/ShortcutsDialog.cpp" line="+31"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select an action, then press its new key</source>
        <translation>Selecione uma ação e pressione a nova tecla dela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;None</source>
        <translation>&amp;Nenhuma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset</source>
        <translation>&amp;Redefinir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;All</source>
        <translation>Redefinir &amp;todas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New key:</source>
        <translation>Nova tecla:</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Key already used</source>
        <translation>Tecla já usada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” now answers %2.</source>
        <translation>“%1” agora responde a %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no key</source>
        <translation>nenhuma tecla</translation>
    </message>
</context>
<context>
    <name>tally::SpectrogramSettings</name>
    <message>
        <location filename="../widgets/SpectrogramSettings.cpp" line="+18"/>
        <source> samples</source>
        <translation> amostras</translation>
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
        <translation>Tamanho da FFT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hop</source>
        <translation>Salto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>Janela</translation>
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
        <translation>Teto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours</source>
        <translation>Cores</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Thermal</source>
        <translation>Térmico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grayscale</source>
        <translation>Escala de cinza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jet</source>
        <translation>Jet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hot</source>
        <translation>Quente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold</source>
        <translation>Frio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Night</source>
        <translation>Noite</translation>
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
        <translation>Tempo (s)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Frequency (Hz, mel bands)</source>
        <translation>Frequência (Hz, bandas mel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Frequency (Hz)</source>
        <translation>Frequência (Hz)</translation>
    </message>
</context>
<context>
    <name>tally::SpectrumPlot</name>
    <message>
        <location filename="../widgets/SpectrumPlot.cpp" line="+41"/>
        <source>frequency (Hz)</source>
        <translation>frequência (Hz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level (dB)</source>
        <translation>nível (dB)</translation>
    </message>
</context>
<context>
    <name>tally::SpeechCommandsExporter</name>
    <message>
        <location filename="../core/formats/SpeechCommandsExporter.cpp" line="+508"/>
        <source>the clip is empty or has no sample rate</source>
        <translation>o clipe está vazio ou não tem taxa de amostragem</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>invalid rate or length (%1 Hz, %2 s)</source>
        <translation>taxa ou duração inválida (%1 Hz, %2 s)</translation>
    </message>
    <message>
        <location line="-462"/>
        <source>refused: a class named %1 would read back as background noise; rename the class</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/SpeechCommandsExporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>recusado: uma classe chamada %1 seria lida de volta como ruído de fundo; renomeie a classe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>refused class name &quot;%1&quot;: %2</source>
        <translatorcomment>runtime context of the file-local tr() in core/formats/SpeechCommandsExporter.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>nome de classe recusado &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>tally::SplitDialog</name>
    <message>
        <location filename="../app/gui/SplitDialog.cpp" line="+18"/>
        <location line="+22"/>
        <source>Split</source>
        <translation>Partição</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Speech Commands hashing</source>
        <translation>Hash do Speech Commands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grouped and stratified</source>
        <translation>Agrupada e estratificada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chronological within each sensor run</source>
        <translation>Cronológica dentro de cada ensaio de sensores</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speaker (group key)</source>
        <translation>Locutor (chave de grupo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metadata: %1</source>
        <translation>Metadados: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation</source>
        <translation>Validação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Testing</source>
        <translation>Teste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sample (split)</source>
        <translation>Amostra (partição)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other sample (split)</source>
        <translation>Outra amostra (partição)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Validation and testing add up to more than 100 %.</source>
        <translation>Validação e teste somam mais de 100 %.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within each sensor run the earliest snapshots train, the next validate, the latest test: a model is never tested on the past of its own training data. Other samples get no split.</source>
        <translation>Dentro de cada ensaio de sensores, os instantâneos mais antigos vão para treino, os seguintes para validação e os mais recentes para teste: um modelo nunca é testado no passado dos seus próprios dados de treino. As outras amostras ficam sem partição.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whole groups go to one split; each class&apos;s proportions come as close to the targets as the groups allow. The same seed gives the same splits.</source>
        <translation>Grupos inteiros vão para uma única partição; as proporções de cada classe ficam tão próximas das metas quanto os grupos permitem. A mesma semente gera as mesmas partições.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TensorFlow&apos;s which_set on the file name: the same speaker lands in the same split, and adding samples never moves an existing one.</source>
        <translation>O which_set do TensorFlow sobre o nome do arquivo: o mesmo locutor cai na mesma partição, e adicionar amostras nunca move uma existente.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No leaks across splits were found.</source>
        <translation>Nenhum vazamento entre partições foi encontrado.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n leak(s) across splits: the same or nearly the same clip, or one group, in two splits.</source>
        <translation>
            <numerusform>%n vazamento entre partições: o mesmo clipe ou quase o mesmo, ou um mesmo grupo, em duas partições.</numerusform>
            <numerusform>%n vazamentos entre partições: o mesmo clipe ou quase o mesmo, ou um mesmo grupo, em duas partições.</numerusform>
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
        <translation>quase duplicada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>tally::Splits</name>
    <message>
        <location filename="../core/store/Splits.cpp" line="+277"/>
        <location line="+61"/>
        <location line="+36"/>
        <source>unknown split “%1” (training, validation or testing)</source>
        <translation>partição desconhecida “%1” (training, validation ou testing)</translation>
    </message>
    <message numerus="yes">
        <location line="-85"/>
        <source>%n sample id(s) not in the project</source>
        <translation>
            <numerusform>%n id de amostra não está no projeto</numerusform>
            <numerusform>%n ids de amostra não estão no projeto</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>splitting by path needs an SQLite project</source>
        <translation>dividir por caminho exige um projeto SQLite</translation>
    </message>
    <message>
        <location line="+75"/>
        <location filename="../core/store/SplitsRights.cpp" line="+45"/>
        <source>no sample with id %1</source>
        <translation>nenhuma amostra com id %1</translation>
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
        <translation>Rotule, revise, balanceie, divida e exporte clipes de áudio, séries de sensores e imagens para TinyML. Abra um projeto para começar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Novo projeto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir projeto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Demo</source>
        <translation>Abrir &amp;demonstração</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo project: spoken keywords and street scenes (made by scripts/make-demo.sh)</source>
        <translation>O projeto de demonstração: palavras-chave faladas e cenas de rua (criado por scripts/make-demo.sh)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Recent projects&lt;/b&gt; (double-click or Enter opens)</source>
        <translation>&lt;b&gt;Projetos recentes&lt;/b&gt; (clique duplo ou Enter abre)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — not found</source>
        <translation>%1 — não encontrado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None yet</source>
        <translation>Nenhum ainda</translation>
    </message>
</context>
<context>
    <name>tally::Store</name>
    <message>
        <location filename="../core/store/StoreSql.cpp" line="+135"/>
        <source>no sample with id %1</source>
        <translation>nenhuma amostra com id %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no annotator with id %1</source>
        <translation>nenhum anotador com id %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no class with id %1</source>
        <translation>nenhuma classe com id %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a box needs finite coordinates</source>
        <translation>uma caixa precisa de coordenadas finitas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a box must have a positive width and height (%1 × %2)</source>
        <translation>uma caixa deve ter largura e altura positivas (%1 × %2)</translation>
    </message>
</context>
<context>
    <name>tally::SwitchAnnotatorDialog</name>
    <message>
        <location filename="../app/gui/SwitchAnnotatorDialog.cpp" line="+24"/>
        <source>Switch Annotator</source>
        <translation>Trocar de anotador</translation>
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
        <translation>Nova pessoa…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (new)</source>
        <translation>%1 (nova)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>New person</source>
        <translation>Nova pessoa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new person in this project:</source>
        <translation>Nome da nova pessoa neste projeto:</translation>
    </message>
</context>
<context>
    <name>tally::ThresholdHistogram</name>
    <message>
        <location filename="../widgets/ThresholdHistogram.cpp" line="+19"/>
        <source>samples</source>
        <translation>amostras</translation>
    </message>
</context>
<context>
    <name>tally::ToolModeLabel</name>
    <message>
        <location filename="../app/gui/ToolModeLabel.cpp" line="+31"/>
        <source>Selecting</source>
        <translation>Selecionando</translation>
    </message>
</context>
<context>
    <name>tally::TrendPlot</name>
    <message>
        <location filename="../widgets/TrendPlot.cpp" line="+86"/>
        <source>onset</source>
        <translation>início</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>time (UTC)</source>
        <translation>tempo (UTC)</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>unlabelled</source>
        <translation>sem rótulo</translation>
    </message>
</context>
<context>
    <name>tally::UndoActions</name>
    <message>
        <location filename="../app/gui/UndoActions.cpp" line="+28"/>
        <location line="+11"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+11"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Desfazer %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Refazer %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Undid: %1</source>
        <translation>Desfeito: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redid: %1</source>
        <translation>Refeito: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undid: %1 on %2</source>
        <translation>Desfeito: %1 em %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redid: %1 on %2</source>
        <translation>Refeito: %1 em %2</translation>
    </message>
</context>
<context>
    <name>tally::VersionsDialog</name>
    <message>
        <location filename="../app/gui/VersionsDialog.cpp" line="+21"/>
        <source>Export Versions</source>
        <translation>Versões de exportação</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Samples</source>
        <translation>Amostras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folder</source>
        <translation>Pasta</translation>
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
        <translation>para</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>version %1 (%2)</source>
        <translation>versão %1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No export recorded yet.</source>
        <translation>Nenhuma exportação registrada ainda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One export recorded; a second one can be compared with it.</source>
        <translation>Uma exportação registrada; uma segunda poderá ser comparada com ela.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From version %1 to %2: %3 added, %4 removed, %5 relabelled, %6 moved to another split, %7 unchanged.</source>
        <translation>Da versão %1 para a %2: %3 adicionadas, %4 removidas, %5 rotuladas de novo, %6 movidas para outra partição, %7 sem alteração.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>added	%1	%2	%3</source>
        <translation>adicionada	%1	%2	%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed	%1	%2	%3</source>
        <translation>removida	%1	%2	%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>relabelled	%1	%2 → %3</source>
        <translation>rotulada de novo	%1	%2 → %3</translation>
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
        <translation>a área mínima de pessoa deve ser uma fração da imagem entre 0 e 1 (não %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the person class needs a name</source>
        <translatorcomment>runtime context of the file-local tr() in core/review/VisualWakeWords.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>a classe de pessoa precisa de um nome</translation>
    </message>
</context>
<context>
    <name>tally::WaveformView</name>
    <message>
        <location filename="../widgets/WaveformView.cpp" line="+142"/>
        <source>Time (s)</source>
        <translation>Tempo (s)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ch %1</source>
        <translation>Can. %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amplitude</source>
        <translation>Amplitude</translation>
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
        <translation>itens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percent agreement</source>
        <translation>concordância percentual</translation>
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
        <translation>%1 (%2 itens)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>regions F1 at IoU %1</source>
        <translation>F1 das regiões com IoU %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 matched of %3)</source>
        <translation>%1 (%2 coincidentes de %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>boxes F1 at IoU %1</source>
        <translation>F1 das caixas com IoU %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 matched of %3, mean IoU %4, %5 comparisons)</source>
        <translation>%1 (%2 coincidentes de %3, IoU médio %4, %5 comparações)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Inter-annotator agreement over labels, regions and boxes.</source>
        <translation>Concordância entre anotadores nos rótulos, regiões e caixas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translation>O arquivo .tally.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One class against the rest.</source>
        <translation>Uma classe contra as demais.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IoU a region match needs (0 &lt; x &lt;= 1, default 0.5).</source>
        <translation>IoU necessário para uma região coincidir (0 &lt; x &lt;= 1, padrão 0.5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IoU a box match needs (0 &lt; x &lt;= 1, default the project&apos;s setting).</source>
        <translation>IoU necessário para uma caixa coincidir (0 &lt; x &lt;= 1, padrão: a configuração do projeto).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir um objeto JSON.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--iou must be a number in (0, 1], not “%1”</source>
        <translation>--iou deve ser um número em (0, 1], não “%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--box-iou must be a number in (0, 1], not “%1”</source>
        <translation>--box-iou deve ser um número em (0, 1], não “%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no class named “%1”</source>
        <translation>nenhuma classe chamada “%1”</translation>
    </message>
</context>
<context>
    <name>tally::cli::Balance</name>
    <message>
        <location filename="../app/cli/CmdBalance.cpp" line="+62"/>
        <source>undersample to %1 per class: drop %2 samples</source>
        <translation>subamostrar para %1 por classe: descartar %2 amostras</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oversample training to %1 per class:</source>
        <translation>sobreamostrar o treino até %1 por classe:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>+%1 augmented copies</source>
        <translation>+%1 cópias aumentadas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>class weights:</source>
        <translation>pesos das classes:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--undersample is a positive count</source>
        <translation>--undersample é uma contagem positiva</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--oversample is a count (0 = the largest class)</source>
        <translation>--oversample é uma contagem (0 = a maior classe)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Class balance per split, status or metadata field; rebalance plans.</source>
        <translation>Balanço das classes por partição, status ou campo de metadados; planos de rebalanceamento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translation>O arquivo .tally.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>split (default), status, or a metadata key.</source>
        <translation>split (padrão), status ou uma chave de metadados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours of audio instead of sample counts.</source>
        <translation>Horas de áudio em vez de contagens de amostras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warn under this share of the largest class (default 0.5).</source>
        <translation>Avisar abaixo desta fração da maior classe (padrão 0.5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warn under this many samples of a class in a split (default 10).</source>
        <translation>Avisar abaixo desta quantidade de amostras de uma classe numa partição (padrão 10).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan: keep N samples per class.</source>
        <translation>Plano: manter N amostras por classe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan: augmented training copies up to N per class (0 = largest).</source>
        <translation>Plano: cópias de treino aumentadas até N por classe (0 = a maior).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan: class weights of the training samples.</source>
        <translation>Plano: pesos das classes das amostras de treino.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir um objeto JSON.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--min-share is 0..1 and --min-split a count</source>
        <translation>--min-share vai de 0 a 1 e --min-split é uma contagem</translation>
    </message>
</context>
<context>
    <name>tally::cli::Bearing</name>
    <message>
        <location filename="../app/cli/CmdBearing.cpp" line="+21"/>
        <source>A known bearing: ims.</source>
        <translation>Um rolamento conhecido: ims.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rollers per row.</source>
        <translation>Elementos rolantes por carreira.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pitch diameter.</source>
        <translation>Diâmetro primitivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roller diameter (same unit).</source>
        <translation>Diâmetro do elemento rolante (mesma unidade).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact angle in degrees.</source>
        <translation>Ângulo de contato em graus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shaft speed (rev/min).</source>
        <translation>Velocidade do eixo (rev/min).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--preset takes ims, without geometry</source>
        <translation>--preset aceita ims, sem geometria</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--rollers, --pitch-diameter, --roller-diameter and --rpm are needed, as numbers (--contact-angle defaults to 0)</source>
        <translation>são necessários --rollers, --pitch-diameter, --roller-diameter e --rpm, como números (--contact-angle tem padrão 0)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>BPFO %1 Hz  BPFI %2 Hz  BSF %3 Hz  FTF %4 Hz</source>
        <translation>BPFO %1 Hz  BPFI %2 Hz  BSF %3 Hz  FTF %4 Hz</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no bearing is stored for run “%1”</source>
        <translation>nenhum rolamento está gravado para o ensaio “%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--set needs --preset or the geometry</source>
        <translation>--set precisa de --preset ou da geometria</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Measured %1 snapshots of %2 again</source>
        <translation>%1 instantâneos de %2 medidos novamente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bearing fault frequencies (BPFO, BPFI, BSF, FTF), and a sensor run&apos;s bearing.</source>
        <translation>Frequências de falha de rolamento (BPFO, BPFI, BSF, FTF) e o rolamento de um ensaio de sensor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The .tally file (with --group).</source>
        <translation>O arquivo .tally (com --group).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sensor run.</source>
        <translation>Um ensaio de sensor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store the geometry for the run and measure its snapshots again.</source>
        <translation>Gravar a geometria para o ensaio e medir novamente os seus instantâneos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir um objeto JSON.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a project goes with --group RUN (and --set), and one without the other is an error</source>
        <translation>um projeto vai junto com --group RUN (e --set), e um sem o outro é um erro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give --preset ims or the geometry</source>
        <translation>use --preset ims ou a geometria</translation>
    </message>
</context>
<context>
    <name>tally::cli::Boxes</name>
    <message>
        <location filename="../app/cli/CmdBoxes.cpp" line="+75"/>
        <source>a box needs a positive width and height, not %1 × %2</source>
        <translation>uma caixa precisa de largura e altura positivas, não %1 × %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>box %1,%2,%3,%4 is outside the %5 × %6 image</source>
        <translation>a caixa %1,%2,%3,%4 está fora da imagem de %5 × %6</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>no class named “%1” (see `classes --add`)</source>
        <translation>nenhuma classe chamada “%1” (veja `classes --add`)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--add wants X,Y,W,H (four numbers), not “%1”</source>
        <translation>--add espera X,Y,W,H (quatro números), não “%1”</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>--delete wants a box id, not “%1”</source>
        <translation>--delete espera o id de uma caixa, não “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no box with id %2 on this sample</source>
        <translation>%1: nenhuma caixa com id %2 nesta amostra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>box %1 is %2’s, not %3’s</source>
        <translation>a caixa %1 é de %2, não de %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Lists, adds or deletes an image&apos;s bounding boxes.</source>
        <translation>Lista, adiciona ou exclui as caixas delimitadoras de uma imagem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translation>O arquivo .tally.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image file (as on disk).</source>
        <translation>O arquivo da imagem (como está no disco).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose boxes (created by --add if missing).</source>
        <translation>De quem são as caixas (criado por --add se não existir).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a box: left, top, width, height in pixels (repeatable).</source>
        <translation>Adicionar uma caixa: esquerda, topo, largura, altura em pixels (repetível).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The class of the added boxes.</source>
        <translation>A classe das caixas adicionadas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the box with this id (repeatable).</source>
        <translation>Excluir a caixa com este id (repetível).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir um objeto JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--sample PATH is required</source>
        <translation>--sample PATH é obrigatório</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give --add or --delete, not both</source>
        <translation>use --add ou --delete, não ambos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--add needs --annotator NAME</source>
        <translation>--add precisa de --annotator NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--class goes with --add</source>
        <translation>--class só vale junto com --add</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not an image (%2)</source>
        <translation>%1: não é uma imagem (%2)</translation>
    </message>
</context>
<context>
    <name>tally::cli::Check</name>
    <message>
        <location filename="../app/cli/CmdCheck.cpp" line="+62"/>
        <source>Checked %1 samples (%2 decoded, the rest from stored measures): %3 flags, %4 leaks
</source>
        <translation>%1 amostras verificadas (%2 decodificadas, o resto a partir das medidas gravadas): %3 alertas, %4 vazamentos
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  leak (%1): %2 in %3, %4 in %5
</source>
        <translation>  vazamento (%1): %2 em %3, %4 em %5
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
        <translation>Executa as verificações de qualidade e registra o que elas encontram como alertas. Verificações: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .tally file.</source>
        <translation>O arquivo .tally.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated checks (default: all).</source>
        <translation>Verificações separadas por vírgula (padrão: todas).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change a threshold: CHECK.PARAM=VALUE.</source>
        <translation>Alterar um limiar: CHECK.PARAM=VALUE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who changes it (for the audit).</source>
        <translation>Quem faz a alteração (para a auditoria).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worker threads (0: all cores).</source>
        <translation>Threads de trabalho (0: todos os núcleos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir um objeto JSON.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--threads must be 0 (all cores) or more</source>
        <translation>--threads deve ser 0 (todos os núcleos) ou mais</translation>
    </message>
</context>
<context>
    <name>tally::cli::Classes</name>
    <message>
        <location filename="../app/cli/CmdClasses.cpp" line="+78"/>
        <source>a colour is #rrggbb, not “%1”</source>
        <translation>uma cor é #rrggbb, não “%1”</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Lists, adds, renames or merges classes.</source>
        <translation>Lista, adiciona, renomeia ou mescla classes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translation>O arquivo .tally.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NEW (with --rename) or INTO (with --merge).</source>
        <translation>NEW (com --rename) ou INTO (com --merge).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a class.</source>
        <translation>Adicionar uma classe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1-9 or a letter (with --add).</source>
        <translation>1-9 ou uma letra (com --add).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#rrggbb (with --add).</source>
        <translation>#rrggbb (com --add).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free text (with --add).</source>
        <translation>Texto livre (com --add).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change hotkey, colour or description of a class.</source>
        <translation>Alterar a tecla de atalho, a cor ou a descrição de uma classe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename class OLD to NEW.</source>
        <translation>Renomear a classe OLD para NEW.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge class FROM into INTO.</source>
        <translation>Mesclar a classe FROM em INTO.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who makes the change (for the audit log).</source>
        <translation>Quem faz a alteração (para o registro de auditoria).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir um objeto JSON.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give at most one of --add, --edit, --rename, --merge</source>
        <translation>use no máximo um de --add, --edit, --rename, --merge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected PROJECT.tally --rename OLD NEW or --merge FROM INTO</source>
        <translation>esperava-se PROJECT.tally --rename OLD NEW ou --merge FROM INTO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument: PROJECT.tally</source>
        <translation>esperava-se um argumento: PROJECT.tally</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--hotkey, --colour and --description go with --add or --edit</source>
        <translation>--hotkey, --colour e --description só valem junto com --add ou --edit</translation>
    </message>
</context>
<context>
    <name>tally::cli::Commands</name>
    <message>
        <location filename="../app/cli/CmdAgreement.cpp" line="+14"/>
        <source>Percent agreement, Fleiss, Krippendorff, Cohen per pair, region and box F1</source>
        <translation>Concordância percentual, Fleiss, Krippendorff, Cohen por par, F1 de regiões e de caixas</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdBalance.cpp" line="+32"/>
        <source>Class balance per split, status or metadata field, with warnings and rebalance plans</source>
        <translation>Balanço das classes por partição, status ou campo de metadados, com avisos e planos de rebalanceamento</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdBoxes.cpp" line="+16"/>
        <source>List, add or delete an image&apos;s bounding boxes</source>
        <translation>Listar, adicionar ou excluir as caixas delimitadoras de uma imagem</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdClasses.cpp" line="+23"/>
        <source>List, add, edit, rename or merge classes (labels, regions and imported samples follow)</source>
        <translation>Listar, adicionar, editar, renomear ou mesclar classes (rótulos, regiões e amostras importadas vão junto)</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdDiff.cpp" line="+101"/>
        <source>Samples added, removed, relabelled or moved split between two export versions</source>
        <translation>Amostras adicionadas, removidas, rerrotuladas ou que mudaram de partição entre duas versões exportadas</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdHistory.cpp" line="+67"/>
        <source>A sample&apos;s history: import, labels, regions, votes, reviews (oldest first)</source>
        <translation>O histórico de uma amostra: importação, rótulos, regiões, votos, revisões (mais antigos primeiro)</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdImport.cpp" line="+222"/>
        <source>Import a dataset folder or COCO file; exit code 1 if any file failed (the rest are imported)</source>
        <translation>Importar uma pasta de conjunto de dados ou um arquivo COCO; código de saída 1 se algum arquivo falhar (os demais são importados)</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdInit.cpp" line="+39"/>
        <source>Create an empty project (never overwrites)</source>
        <translation>Criar um projeto vazio (nunca sobrescreve)</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdLabel.cpp" line="+258"/>
        <source>Set or clear sample labels (one transaction each; --batch reads PATH&lt;TAB&gt;CLASS from stdin)</source>
        <translation>Definir ou limpar rótulos de amostras (uma transação cada; --batch lê PATH&lt;TAB&gt;CLASS da entrada padrão)</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdLicence.cpp" line="+179"/>
        <source>List licences and sources, or set licence, source, owner, consent in bulk</source>
        <translation>Listar licenças e origens, ou definir licença, origem, titular e consentimento em lote</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdMerge.cpp" line="+107"/>
        <source>Merge a colleague&apos;s labels, regions, boxes, votes and reviews (samples matched by content)</source>
        <translation>Mesclar rótulos, regiões, caixas, votos e revisões de um colega (amostras pareadas pelo conteúdo)</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdRegions.cpp" line="+115"/>
        <source>Import or export a sample&apos;s time regions as an Audacity label track</source>
        <translation>Importar ou exportar as regiões de tempo de uma amostra como uma faixa de rótulos do Audacity</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdSpectrogram.cpp" line="+9"/>
        <source>Power spectrogram (dB) of an audio file as a float32 .npy (frames, bins)</source>
        <translation>Espectrograma de potência (dB) de um arquivo de áudio como .npy float32 (quadros, bins)</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdSplit.cpp" line="+191"/>
        <source>Assign samples to training / validation / testing; print counts and leaks</source>
        <translation>Atribuir amostras a treino / validação / teste; imprimir contagens e vazamentos</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdStats.cpp" line="+124"/>
        <source>Sample count, per-class counts, total duration, images and boxes</source>
        <translation>Número de amostras, contagens por classe, duração total, imagens e caixas</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdStatus.cpp" line="+63"/>
        <source>Count samples per status (unlabelled … rejected) and per vote outcome</source>
        <translation>Contar amostras por status (sem rótulo … rejeitada) e por resultado de votação</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdVersions.cpp" line="+59"/>
        <source>Recorded exports (versions) of the project</source>
        <translation>Exportações registradas (versões) do projeto</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdVote.cpp" line="+65"/>
        <source>Vote a sample up (label and audio match) or down, or clear the vote</source>
        <translation>Votar a favor de uma amostra (rótulo e áudio conferem) ou contra, ou limpar o voto</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdCheck.cpp" line="+26"/>
        <source>Run the quality checks (levels, clipping, length, format, images, boxes, duplicates, near-duplicates, leaks) and record flags; or change a threshold</source>
        <translation>Executar as verificações de qualidade (níveis, clipping, duração, formato, imagens, caixas, duplicatas, quase duplicatas, vazamentos) e registrar alertas; ou alterar um limiar</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdFlags.cpp" line="+214"/>
        <source>List the quality flags, or dismiss a sample&apos;s flags of one check with a reason</source>
        <translation>Listar os alertas de qualidade, ou dispensar com um motivo os alertas de uma verificação numa amostra</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdBearing.cpp" line="+9"/>
        <source>Bearing fault frequencies, and the bearing of a sensor run</source>
        <translation>Frequências de falha de rolamento e o rolamento de um ensaio de sensor</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdExport.cpp" line="+420"/>
        <source>Export as Speech Commands folders, a CSV manifest, Edge Impulse info.labels, images with boxes (COCO, Pascal VOC, YOLO, Edge Impulse, Visual Wake Words, class folders), or sensor series windows (NumPy, Edge Impulse CSV), with a dataset card; recorded as a version</source>
        <translation>Exportar como pastas Speech Commands, um manifesto CSV, Edge Impulse info.labels, imagens com caixas (COCO, Pascal VOC, YOLO, Edge Impulse, Visual Wake Words, pastas por classe) ou janelas de séries de sensores (NumPy, Edge Impulse CSV), com uma ficha do conjunto de dados; registrado como uma versão</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdSpectrum.cpp" line="+90"/>
        <source>Spectrum or envelope spectrum peaks of a sensor snapshot</source>
        <translation>Picos do espectro ou do espectro de envelope de um instantâneo de sensor</translation>
    </message>
    <message>
        <location filename="../app/cli/CmdTrend.cpp" line="+143"/>
        <source>A sensor run&apos;s features per snapshot over time, and the onset</source>
        <translation>As características de um ensaio de sensor por instantâneo ao longo do tempo, e o início</translation>
    </message>
</context>
<context>
    <name>tally::cli::Context</name>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="+30"/>
        <source>Usage: tally-cli COMMAND [ARGS...]   (tally-cli COMMAND --help for details)</source>
        <translation>Uso: tally-cli COMMAND [ARGS...]   (tally-cli COMMAND --help para detalhes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>tally-cli: unknown command &apos;%1&apos;</source>
        <translation>tally-cli: comando desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/CliProject.cpp" line="+15"/>
        <source>expected one argument: PROJECT.tally</source>
        <translation>esperava-se um argumento: PROJECT.tally</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no project at %1</source>
        <translation>nenhum projeto em %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: no such sample in the project</source>
        <translation>%1: amostra inexistente no projeto</translation>
    </message>
</context>
<context>
    <name>tally::cli::Diff</name>
    <message>
        <location filename="../app/cli/CmdDiff.cpp" line="-40"/>
        <source>Compares two recorded exports.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdDiff.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Compara duas exportações registradas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdDiff.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>O arquivo .tally.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The older version.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdDiff.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>A versão mais antiga.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newer version.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdDiff.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>A versão mais nova.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON object.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdDiff.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Imprimir um objeto JSON.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected PROJECT.tally V1 V2 (version numbers)</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdDiff.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>esperava-se PROJECT.tally V1 V2 (números de versão)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no project at %1</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdDiff.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>nenhum projeto em %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Added: %1</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdDiff.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Adicionadas: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed: %1</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdDiff.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Removidas: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relabelled: %1</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdDiff.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Rotuladas de novo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved split: %1</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdDiff.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Mudaram de partição: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged: %1
</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdDiff.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Sem alteração: %1
</translation>
    </message>
</context>
<context>
    <name>tally::cli::Export</name>
    <message>
        <location filename="../app/cli/CmdExport.cpp" line="-308"/>
        <source>--rate must be a sample rate in Hz (1000..384000)</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--rate deve ser uma taxa de amostragem em Hz (1000..384000)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--length must be a positive number of seconds</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--length deve ser um número positivo de segundos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--fit must be loudest or centre</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--fit deve ser loudest ou centre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--threads must be 0 (all cores) or more</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--threads deve ser 0 (todos os núcleos) ou mais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--oversample must be 0 (off) or a number of training samples</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--oversample deve ser 0 (desligado) ou um número de amostras de treino</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--annotator applies to the image formats only</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--annotator só se aplica aos formatos de imagem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--person-class and --min-area apply to --format vww only</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--person-class e --min-area só se aplicam a --format vww</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--annotator needs a name</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--annotator precisa de um nome</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--person-class needs a class name</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--person-class precisa de um nome de classe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--min-area must be a fraction of the image between 0 and 1</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--min-area deve ser uma fração da imagem entre 0 e 1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--window, --stride, --channels and --normal-only apply to --format series-npy and edge-impulse-csv only</source>
        <translation>--window, --stride, --channels e --normal-only só se aplicam a --format series-npy e edge-impulse-csv</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format %1 needs --window N and --stride S (frames)</source>
        <translation>--format %1 precisa de --window N e --stride S (quadros)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--window must be a positive number of frames</source>
        <translation>--window deve ser um número positivo de quadros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--stride must be a positive number of frames</source>
        <translation>--stride deve ser um número positivo de quadros</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--channels: %1</source>
        <translation>--channels: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--normal-only needs a class name</source>
        <translation>--normal-only precisa de um nome de classe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Series formats: frames per window.</source>
        <translation>Formatos de série: quadros por janela.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Series formats: frames from one window to the next.</source>
        <translation>Formatos de série: quadros de uma janela até a próxima.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series formats: comma-separated channels from 1 (default: all).</source>
        <translation>Formatos de série: canais separados por vírgula, a partir de 1 (padrão: todos).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Series formats: only this class in training and validation.</source>
        <translation>Formatos de série: só esta classe em treino e validação.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exports the project as a dataset.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Exporta o projeto como conjunto de dados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>O arquivo .tally.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The output folder.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>A pasta de saída.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>speech-commands, csv, edge-impulse, coco, voc, yolo, vww, edge-impulse-boxes, image-classes, series-npy or edge-impulse-csv.</source>
        <translation>speech-commands, csv, edge-impulse, coco, voc, yolo, vww, edge-impulse-boxes, image-classes, series-npy ou edge-impulse-csv.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>--format must be speech-commands, csv, edge-impulse, coco, voc, yolo, vww, edge-impulse-boxes, image-classes, series-npy or edge-impulse-csv</source>
        <translation>--format deve ser speech-commands, csv, edge-impulse, coco, voc, yolo, vww, edge-impulse-boxes, image-classes, series-npy ou edge-impulse-csv</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Output rate in Hz.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Taxa de saída em Hz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clip length in seconds.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Duração do clipe em segundos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longer clips: loudest or centre window.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Clipes mais longos: janela mais intensa (loudest) ou central (centre).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated SPDX ids to export.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Ids SPDX a exportar, separados por vírgula.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated statuses to export.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Status a exportar, separados por vírgula.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out _background_noise_.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Deixar de fora _background_noise_.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker threads (0: all cores).</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Threads de trabalho (0: todos os núcleos).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Augmented copies up to N training samples per class (0: off).</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Cópias aumentadas até N amostras de treino por classe (0: desligado).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image formats: whose boxes to write.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Formatos de imagem: de quem são as caixas a gravar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vww: the class that counts as a person.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>vww: a classe que conta como pessoa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vww: the share of the image a person box must cover (0..1).</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>vww: a fração da imagem que uma caixa de pessoa deve cobrir (0..1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated quality checks whose flagged samples are left out.</source>
        <translation>Verificações de qualidade, separadas por vírgula, cujas amostras sinalizadas ficam de fora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write into a non-empty folder.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Gravar numa pasta não vazia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON object.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Imprimir um objeto JSON.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected two arguments: PROJECT.tally OUTDIR</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>esperavam-se dois argumentos: PROJECT.tally OUTDIR</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--allow-licence needs at least one SPDX id</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--allow-licence precisa de pelo menos um id SPDX</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--status needs at least one status</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>--status precisa de pelo menos um status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--skip-flagged needs at least one check</source>
        <translation>--skip-flagged precisa de pelo menos uma verificação</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export failed: %1
Nothing was written into %2 (it holds what it held before); no version was recorded.
</source>
        <translation>A exportação falhou: %1
Nada foi gravado em %2 (ela contém o que continha antes); nenhuma versão foi registrada.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 written, %2 skipped, %3 errors into %4
</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>%1 gravadas, %2 ignoradas, %3 erros em %4
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 augmented training copies
</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>%1 cópias de treino aumentadas
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded as version %1
</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Registrado como versão %1
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
        <translation>  ignorado %1: %2
</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>no project at %1</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdExport.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>nenhum projeto em %1</translation>
    </message>
</context>
<context>
    <name>tally::cli::Flags</name>
    <message>
        <location filename="../app/cli/CmdFlags.cpp" line="-110"/>
        <source>%1 has no measured value</source>
        <translation>%1 não tem valor medido</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--dismiss needs --sample PATH, --reason TEXT and --annotator NAME</source>
        <translation>--dismiss precisa de --sample PATH, --reason TEXT e --annotator NAME</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown check “%1” (known: %2, or all)</source>
        <translation>verificação desconhecida “%1” (conhecidas: %2, ou all)</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Dismissed %n “%1” flag(s) on %2
</source>
        <translation>
            <numerusform>%n alerta “%1” dispensado em %2
</numerusform>
            <numerusform>%n alertas “%1” dispensados em %2
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lists the quality flags, or dismisses one check&apos;s flags on a sample.</source>
        <translation>Lista os alertas de qualidade, ou dispensa os alertas de uma verificação numa amostra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translation>O arquivo .tally.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this check&apos;s flags.</source>
        <translation>Apenas os alertas desta verificação.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sample&apos;s file.</source>
        <translation>O arquivo da amostra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss the sample&apos;s flags of these checks (comma-separated, or all).</source>
        <translation>Dispensar os alertas destas verificações na amostra (separadas por vírgula, ou all).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the sample is kept.</source>
        <translation>Por que a amostra é mantida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who dismisses.</source>
        <translation>Quem dispensa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The active flags per check.</source>
        <translation>Os alertas ativos por verificação.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stored values the check compares with its main parameter.</source>
        <translation>Os valores gravados que a verificação compara com o seu parâmetro principal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir um objeto JSON.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown check “%1” (known: %2)</source>
        <translation>verificação desconhecida “%1” (conhecidas: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” has no measured value (checks that have one: %2)</source>
        <translation>“%1” não tem valor medido (verificações que têm: %2)</translation>
    </message>
</context>
<context>
    <name>tally::cli::History</name>
    <message>
        <location filename="../app/cli/CmdHistory.cpp" line="-39"/>
        <source>Prints a sample&apos;s history (labels, regions, votes, reviews).</source>
        <translation>Imprime o histórico de uma amostra (rótulos, regiões, votos, revisões).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translation>O arquivo .tally.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample file (as on disk).</source>
        <translation>O arquivo da amostra (como está no disco).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir um objeto JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--sample PATH is required</source>
        <translation>--sample PATH é obrigatório</translation>
    </message>
</context>
<context>
    <name>tally::cli::Import</name>
    <message>
        <location filename="../app/cli/CmdImport.cpp" line="-142"/>
        <source>Imported %1 samples with %2 boxes (%3 skipped, %4 duplicates, %5 errors)</source>
        <translation>Importadas %1 amostras com %2 caixas (%3 ignoradas, %4 duplicadas, %5 erros)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported %1 samples (%2 skipped, %3 duplicates, %4 errors)</source>
        <translation>Importadas %1 amostras (%2 ignoradas, %3 duplicadas, %4 erros)</translation>
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
        <translation>verificação de qualidade: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality checks: %1 flags, %2 leaks over the %3 new samples (tally-cli flags lists them)</source>
        <translation>Verificações de qualidade: %1 alertas, %2 vazamentos nas %3 novas amostras (tally-cli flags os lista)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imports a dataset folder (or a COCO JSON file) into an existing project. Exit code 1 if any file or annotation failed (the others are still imported).</source>
        <translation>Importa uma pasta de conjunto de dados (ou um arquivo JSON do COCO) para um projeto existente. Código de saída 1 se algum arquivo ou anotação falhar (os demais são importados mesmo assim).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The .tally file (see init).</source>
        <translation>O arquivo .tally (veja init).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dataset folder (coco: the JSON file or its folder).</source>
        <translation>A pasta do conjunto de dados (coco: o arquivo JSON ou a pasta dele).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataset layout: %1.</source>
        <translation>Estrutura do conjunto de dados: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SPDX licence id for every sample.</source>
        <translation>Id de licença SPDX para todas as amostras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the data came from.</source>
        <translation>De onde vieram os dados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import media files outside PATH (absolute paths, &quot;..&quot;, symbolic links) with a warning instead of refusing them.</source>
        <translation>Importar arquivos de mídia fora de PATH (caminhos absolutos, &quot;..&quot;, links simbólicos) com um aviso em vez de recusá-los.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not run the quality checks afterwards.</source>
        <translation>Não executar as verificações de qualidade depois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir um objeto JSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ims: the snapshots&apos; sampling rate in Hz (default 20000).</source>
        <translation>ims: a taxa de amostragem dos instantâneos em Hz (padrão 20000).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected two arguments: PROJECT.tally PATH</source>
        <translation>esperavam-se dois argumentos: PROJECT.tally PATH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format is required (known: %1)</source>
        <translation>--format é obrigatório (conhecidos: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown format &apos;%1&apos; (known: %2)</source>
        <translation>formato desconhecido &apos;%1&apos; (conhecidos: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no project at %1; create it first with: tally-cli init %1</source>
        <translation>nenhum projeto em %1; crie-o primeiro com: tally-cli init %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--rate takes a rate in Hz above 0, not &apos;%1&apos;</source>
        <translation>--rate aceita uma taxa em Hz acima de 0, não &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>tally::cli::Init</name>
    <message>
        <location filename="../app/cli/CmdInit.cpp" line="-20"/>
        <source>Creates a new, empty Tally project.</source>
        <translation>Cria um projeto novo e vazio do Tally.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .tally file to create.</source>
        <translation>O arquivo .tally a criar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected one argument: PROJECT.tally</source>
        <translation>esperava-se um argumento: PROJECT.tally</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists; refusing to overwrite it</source>
        <translation>%1 já existe; recusando-se a sobrescrevê-lo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created %1</source>
        <translation>Criado %1</translation>
    </message>
</context>
<context>
    <name>tally::cli::Label</name>
    <message>
        <location filename="../app/cli/CmdLabel.cpp" line="-205"/>
        <source>%1: no such sample in the project</source>
        <translation>%1: amostra inexistente no projeto</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+167"/>
        <source>a class name cannot be empty or only spaces (use --clear to clear a label)</source>
        <translation>um nome de classe não pode ser vazio nem só espaços (use --clear para limpar um rótulo)</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>no class named “%1” (known: %2; add one with: tally-cli classes PROJECT --add NAME)</source>
        <translation>nenhuma classe chamada “%1” (conhecidas: %2; adicione uma com: tally-cli classes PROJECT --add NAME)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>--from and --to take ISO 8601 times, such as 2004-02-12T10:32:39</source>
        <translation>--from e --to aceitam horários ISO 8601, como 2004-02-12T10:32:39</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no class named “%1”</source>
        <translation>nenhuma classe chamada “%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no snapshot of run “%1” between %2 and %3</source>
        <translation>nenhum instantâneo do ensaio “%1” entre %2 e %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>expected PATH&lt;TAB&gt;CLASS (an empty CLASS clears)</source>
        <translation>esperava-se PATH&lt;TAB&gt;CLASS (um CLASS vazio limpa)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sets or clears one annotator&apos;s label of samples. Every label is committed before its &quot;ok&quot; line is printed.</source>
        <translation>Define ou limpa o rótulo de amostras dado por um anotador. Cada rótulo é gravado antes de sua linha &quot;ok&quot; ser impressa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The .tally file.</source>
        <translation>O arquivo .tally.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample file (as on disk).</source>
        <translation>O arquivo da amostra (como está no disco).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The class (must exist).</source>
        <translation>A classe (precisa existir).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the annotator&apos;s label.</source>
        <translation>Limpar o rótulo do anotador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who labels (created if missing).</source>
        <translation>Quem rotula (criado se não existir).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read PATH&lt;TAB&gt;CLASS lines from stdin (empty CLASS clears).</source>
        <translation>Ler linhas PATH&lt;TAB&gt;CLASS da entrada padrão (CLASS vazio limpa).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sensor run: label its snapshots from --from to --to.</source>
        <translation>Um ensaio de sensor: rotular seus instantâneos de --from a --to.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First time (ISO 8601).</source>
        <translation>Horário inicial (ISO 8601).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last time (ISO 8601).</source>
        <translation>Horário final (ISO 8601).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--annotator is required</source>
        <translation>--annotator é obrigatório</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--group RUN needs --from TIME --to TIME and one of --class NAME or --clear (no --sample, no --batch)</source>
        <translation>--group RUN precisa de --from TIME --to TIME e um de --class NAME ou --clear (sem --sample, sem --batch)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--batch reads samples and classes from stdin; drop --sample, --class and --clear</source>
        <translation>--batch lê amostras e classes da entrada padrão; retire --sample, --class e --clear</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give --sample PATH and one of --class NAME or --clear (or --batch)</source>
        <translation>use --sample PATH e um de --class NAME ou --clear (ou --batch)</translation>
    </message>
</context>
<context>
    <name>tally::cli::Licence</name>
    <message>
        <location filename="../app/cli/CmdLicence.cpp" line="-138"/>
        <source>no sample has the class “%1”</source>
        <translation>nenhuma amostra tem a classe “%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no sample %1 in the project</source>
        <translation>nenhuma amostra %1 no projeto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is not an SPDX licence id (e.g. CC-BY-4.0, CC0-1.0)</source>
        <translation>“%1” não é um id de licença SPDX (p. ex. CC-BY-4.0, CC0-1.0)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Lists or sets licence, source, owner and consent of samples.</source>
        <translation>Lista ou define licença, origem, titular e consentimento de amostras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translation>O arquivo .tally.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sample (repeatable).</source>
        <translation>Uma amostra (repetível).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every sample.</source>
        <translation>Todas as amostras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every sample of a class.</source>
        <translation>Todas as amostras de uma classe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPDX licence id (empty clears).</source>
        <translation>Id de licença SPDX (vazio limpa).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source (empty clears).</source>
        <translation>Origem (vazio limpa).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner (empty clears).</source>
        <translation>Titular (vazio limpa).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes or no.</source>
        <translation>yes ou no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who makes the change (audit log).</source>
        <translation>Quem faz a alteração (registro de auditoria).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir um objeto JSON.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a change needs one of --sample, --all, --class (and a selection needs a change)</source>
        <translation>uma alteração precisa de um de --sample, --all, --class (e uma seleção precisa de uma alteração)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--consent is yes or no</source>
        <translation>--consent é yes ou no</translation>
    </message>
</context>
<context>
    <name>tally::cli::Merge</name>
    <message>
        <location filename="../app/cli/CmdMerge.cpp" line="-73"/>
        <source>Merges a colleague&apos;s project file into this one.</source>
        <translation>Mescla o arquivo de projeto de um colega neste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .tally file to merge into.</source>
        <translation>O arquivo .tally que recebe a mesclagem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The colleague&apos;s .tally file (read only).</source>
        <translation>O arquivo .tally do colega (somente leitura).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who merges (for the audit log).</source>
        <translation>Quem faz a mesclagem (para o registro de auditoria).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir um objeto JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected two arguments: PROJECT.tally OTHER.tally</source>
        <translation>esperavam-se dois argumentos: PROJECT.tally OTHER.tally</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Matched %1 samples (%2 not in this project); added %3 labels, %4 regions, %5 boxes, %6 votes, %7 reviews; %8 conflicts (the newer kept)</source>
        <translation>%1 amostras pareadas (%2 não estão neste projeto); adicionados %3 rótulos, %4 regiões, %5 caixas, %6 votos, %7 revisões; %8 conflitos (mantido o mais recente)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>skipped</source>
        <translation>ignorada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ambiguous</source>
        <translation>ambíguo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same bytes as: %1</source>
        <translation>mesmos bytes que: %1</translation>
    </message>
</context>
<context>
    <name>tally::cli::Regions</name>
    <message>
        <location filename="../app/cli/CmdRegions.cpp" line="-73"/>
        <source>Imported %1 regions from %2</source>
        <translation>Importadas %1 regiões de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped %1 point labels (start = end; a region must end after it starts)</source>
        <translation>ignorados %1 rótulos pontuais (início = fim; uma região precisa terminar depois de começar)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created classes: %1</source>
        <translation>Classes criadas: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported %1 regions to %2</source>
        <translation>Exportadas %1 regiões para %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imports or exports one annotator&apos;s time regions of a sample as an Audacity label track.</source>
        <translation>Importa ou exporta as regiões de tempo de uma amostra dadas por um anotador como uma faixa de rótulos do Audacity.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .tally file.</source>
        <translation>O arquivo .tally.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample file (as on disk).</source>
        <translation>O arquivo da amostra (como está no disco).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whose regions (created on import if missing).</source>
        <translation>De quem são as regiões (criado na importação se não existir).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the regions by this label track.</source>
        <translation>Substituir as regiões por esta faixa de rótulos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the regions to this label track.</source>
        <translation>Gravar as regiões nesta faixa de rótulos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir um objeto JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--sample PATH and --annotator NAME are required</source>
        <translation>--sample PATH e --annotator NAME são obrigatórios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give one of --import-audacity FILE or --export-audacity FILE</source>
        <translation>use um de --import-audacity FILE ou --export-audacity FILE</translation>
    </message>
</context>
<context>
    <name>tally::cli::Review</name>
    <message>
        <location filename="../app/cli/CmdReview.cpp" line="+41"/>
        <source>%1 (add --make-reviewer to make them a reviewer)</source>
        <translation>%1 (adicione --make-reviewer para torná-lo revisor)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The sample file (as on disk).</source>
        <translation>O arquivo da amostra (como está no disco).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The class the sample is (must exist).</source>
        <translation>A classe da amostra (deve existir).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample is unusable.</source>
        <translation>A amostra é inutilizável.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the annotators.</source>
        <translation>De volta aos anotadores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why (kept with the decision).</source>
        <translation>Por quê (guardado com a decisão).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reviewer.</source>
        <translation>O revisor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make an annotator a reviewer first.</source>
        <translation>Torne um anotador revisor antes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Records a reviewer&apos;s decision on a sample.</source>
        <translation>Registra a decisão de um revisor sobre uma amostra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translation>O arquivo .tally.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--sample PATH and --annotator NAME are required</source>
        <translation>--sample PATH e --annotator NAME são obrigatórios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give exactly one of --decide CLASS, --reject or --send-back</source>
        <translation>informe exatamente um de --decide CLASSE, --reject ou --send-back</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no class named “%1”</source>
        <translation>nenhuma classe chamada “%1”</translation>
    </message>
</context>
<context>
    <name>tally::cli::Spectrum</name>
    <message>
        <location filename="../app/cli/CmdSpectrum.cpp" line="-65"/>
        <source>The spectrum or envelope spectrum of a sensor snapshot&apos;s channel.</source>
        <translation>O espectro ou o espectro de envelope de um canal de um instantâneo de sensor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An IMS snapshot or a sensor CSV file.</source>
        <translation>Um instantâneo IMS ou um arquivo CSV de sensor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel, from 1 (default 1).</source>
        <translation>Canal, a partir de 1 (padrão 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The envelope spectrum instead.</source>
        <translation>O espectro de envelope, em vez disso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IMS text: the rate in Hz (default 20000).</source>
        <translation>Texto IMS: a taxa em Hz (padrão 20000).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many peaks to print (default 10).</source>
        <translation>Quantos picos imprimir (padrão 10).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir um objeto JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected one argument: FILE</source>
        <translation>esperava-se um argumento: FILE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--channel takes a number from 1, --rate a rate in Hz, --peaks a count</source>
        <translation>--channel aceita um número a partir de 1, --rate uma taxa em Hz, --peaks uma contagem</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 Hz, %2 channels; channel %3%4, %5 Hz per bin</source>
        <translation>%1 Hz, %2 canais; canal %3%4, %5 Hz por bin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (envelope)</source>
        <translation> (envelope)</translation>
    </message>
</context>
<context>
    <name>tally::cli::Split</name>
    <message>
        <location filename="../app/cli/CmdSplit.cpp" line="-65"/>
        <source>--validation and --testing are percentages that add up to at most 100</source>
        <translation>--validation e --testing são porcentagens que somam no máximo 100</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--seed is a non-negative integer</source>
        <translation>--seed é um inteiro não negativo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--method grouped needs --group speaker or a metadata key</source>
        <translation>--method grouped precisa de --group speaker ou de uma chave de metadados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--group and --seed go with --method grouped</source>
        <translation>--group e --seed só valem junto com --method grouped</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assigns samples to training / validation / testing.</source>
        <translation>Atribui amostras a treino / validação / teste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translation>O arquivo .tally.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>--method is speech-commands, grouped or chronological, not “%1”</source>
        <translation>--method é speech-commands, grouped ou chronological, não “%1”</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>speech-commands (default), grouped or chronological.</source>
        <translation>speech-commands (padrão), grouped ou chronological.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation percentage (default 10).</source>
        <translation>Porcentagem de validação (padrão 10).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Testing percentage (default 10).</source>
        <translation>Porcentagem de teste (padrão 10).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grouped: speaker, or a metadata key.</source>
        <translation>grouped: speaker ou uma chave de metadados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grouped: the seed (default 0).</source>
        <translation>grouped: a semente (padrão 0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only print the stored splits.</source>
        <translation>Apenas imprimir as partições gravadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir um objeto JSON.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no sample has the metadata key “%1” (known: %2)</source>
        <translation>nenhuma amostra tem a chave de metadados “%1” (conhecidas: %2)</translation>
    </message>
</context>
<context>
    <name>tally::cli::Stats</name>
    <message>
        <location filename="../app/cli/CmdStats.cpp" line="-89"/>
        <source>Samples:    %1</source>
        <translation>Amostras:   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:   %1 s</source>
        <translation>Duração:    %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Background: %1</source>
        <translation>Fundo:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images:     %1</source>
        <translation>Imagens:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes:    %1</source>
        <translation>Classes:    %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Labels:     (class, annotator, samples)</source>
        <translation>Rótulos:    (classe, anotador, amostras)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Boxes:      (class, boxes)</source>
        <translation>Caixas:     (classe, caixas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no class)</source>
        <translation>(sem classe)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sample count, per-class counts, total duration.</source>
        <translation>Número de amostras, contagens por classe, duração total.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translation>O arquivo .tally.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir um objeto JSON.</translation>
    </message>
</context>
<context>
    <name>tally::cli::Status</name>
    <message>
        <location filename="../app/cli/CmdStatus.cpp" line="-37"/>
        <source>Counts samples per status and per vote outcome.</source>
        <translation>Conta amostras por status e por resultado de votação.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translation>O arquivo .tally.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir um objeto JSON.</translation>
    </message>
</context>
<context>
    <name>tally::cli::Trend</name>
    <message>
        <location filename="../app/cli/CmdTrend.cpp" line="-80"/>
        <source>Onset (%1): snapshot %2 of %3, %4</source>
        <translation>Início (%1): instantâneo %2 de %3, %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Onset (%1): none found</source>
        <translation>Início (%1): nenhum encontrado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A sensor run&apos;s features per snapshot over time, and its onset.</source>
        <translation>As características de um ensaio de sensor por instantâneo ao longo do tempo, e o seu início.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translation>O arquivo .tally.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run (its folder).</source>
        <translation>O ensaio (a sua pasta).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel, from 1 (default 1).</source>
        <translation>Canal, a partir de 1 (padrão 1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The onset&apos;s feature: %1 (default rms).</source>
        <translation>A característica do início: %1 (padrão rms).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snapshots in the baseline (default 20).</source>
        <translation>Instantâneos na linha de base (padrão 20).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Robust standard deviations (default 3).</source>
        <translation>Desvios-padrão robustos (padrão 3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snapshots in a row above (default 3).</source>
        <translation>Instantâneos consecutivos acima (padrão 3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir um objeto JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--group RUN is required</source>
        <translation>--group RUN é obrigatório</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--channel, --baseline and --run take whole numbers from 1, --k a number above 0</source>
        <translation>--channel, --baseline e --run aceitam números inteiros a partir de 1, --k um número acima de 0</translation>
    </message>
</context>
<context>
    <name>tally::cli::Trim</name>
    <message>
        <location filename="../app/cli/CmdTrim.cpp" line="+65"/>
        <source>Marks (or cuts out) the loudest window of samples.</source>
        <translation>Marca (ou recorta) a janela mais intensa das amostras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translation>O arquivo .tally.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sample&apos;s file (repeatable).</source>
        <translation>O arquivo de uma amostra (repetível).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every audio sample.</source>
        <translation>Todas as amostras de áudio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who makes the regions.</source>
        <translation>Quem cria as regiões.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window length in seconds.</source>
        <translation>Duração da janela em segundos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write derived clips instead.</source>
        <translation>Gravar clipes derivados em vez disso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder for the clips.</source>
        <translation>Pasta para os clipes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir um objeto JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected one argument: PROJECT.tally</source>
        <translation>esperava-se um argumento: PROJECT.tally</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give either --sample PATH or --all</source>
        <translation>informe --sample PATH ou --all</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--annotator NAME is required</source>
        <translation>--annotator NAME é obrigatório</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--window must be a positive number of seconds</source>
        <translation>--window deve ser um número positivo de segundos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--out-dir goes with --clip</source>
        <translation>--out-dir só vale junto com --clip</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not a sample of the project</source>
        <translation>não é uma amostra do projeto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an audio sample (%1)</source>
        <translation>não é uma amostra de áudio (%1)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 regions, %2 clips, %3 skipped, %4 errors
</source>
        <translation>%1 regiões, %2 clipes, %3 ignoradas, %4 erros
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no project at %1</source>
        <translation>nenhum projeto em %1</translation>
    </message>
</context>
<context>
    <name>tally::cli::Versions</name>
    <message numerus="yes">
        <location filename="../app/cli/CmdVersions.cpp" line="-6"/>
        <source>%n samples</source>
        <translation>
            <numerusform>%n amostra</numerusform>
            <numerusform>%n amostras</numerusform>
        </translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Lists the recorded exports.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdVersions.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Lista as exportações registradas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdVersions.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>O arquivo .tally.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON object.</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdVersions.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Imprimir um objeto JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected one argument: PROJECT.tally</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdVersions.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>esperava-se um argumento: PROJECT.tally</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no project at %1</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdVersions.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>nenhum projeto em %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No exports recorded yet.
</source>
        <translatorcomment>runtime context of the file-local tr() in app/cli/CmdVersions.cpp; lupdate files it under another context or not at all</translatorcomment>
        <translation>Nenhuma exportação registrada ainda.
</translation>
    </message>
</context>
<context>
    <name>tally::cli::Vote</name>
    <message>
        <location filename="../app/cli/CmdVote.cpp" line="-39"/>
        <source>Votes a sample up or down (or clears the vote).</source>
        <translation>Vota a favor ou contra uma amostra (ou limpa o voto).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .tally file.</source>
        <translation>O arquivo .tally.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample file (as on disk).</source>
        <translation>O arquivo da amostra (como está no disco).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label and audio match.</source>
        <translation>Rótulo e áudio conferem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They do not.</source>
        <translation>Não conferem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the annotator&apos;s vote.</source>
        <translation>Remover o voto do anotador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who votes (created if missing).</source>
        <translation>Quem vota (criado se não existir).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--sample PATH and --annotator NAME are required</source>
        <translation>--sample PATH e --annotator NAME são obrigatórios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give exactly one of --up, --down or --clear</source>
        <translation>use exatamente um de --up, --down ou --clear</translation>
    </message>
</context>
</TS>
